import { age90 } from '../../../rules/detectors/age-90';
import { testDetector } from './detector-tester';

testDetector(age90, {
  valid: [
    'Celebrating 100 years of care in our community.',
    'Our 90th anniversary gala is on Friday.',
    'Over 95% of patients would recommend us.',
    'Riverside Hospital turns 100 this year!',
    { text: 'Happy 100th birthday to Riverside Hospital!', org: { names: ['Riverside Hospital'], staff: [], contacts: [] } },
    'Our 92-year-old volunteer Doris still runs the tea trolley.',
    'Our new unit has 96 beds.',
    'Aged 65 or over? Book your flu jab.',
    'We treated 101 patients on Monday.',
    'Room capacity is 100.',
    'Wards 91, 92, and 93 have reopened.',
    'Did you know? The number of Americans aged 100+ is expected to quadruple.',
  ],
  invalid: [
    // in Spanish and Korean, and a birthday in capitals
    { text: '¡Feliz cumpleaños número 91 a nuestra querida Doña Refugio!', hits: [{ match: 'cumpleaños número 91' }] },
    { text: '오늘 김순자 할머니의 100번째 생신을 축하드렸습니다!', hits: [{ match: '100번째 생신' }] },
    { text: 'HAPPY 102nd BIRTHDAY to Miss Evelyn Pruitt from all of us!', hits: [{ match: '102nd BIRTHDAY' }] },
    { text: '¡Felicidades a Don Ramiro, que cumplió 94 años este domingo!', hits: [{ match: '94 años' }] },
    { text: '96 today and still dancing! Happy birthday to our Mabel from the memory unit team.', hits: [{ match: '96 today', severity: 'rule' }] },
    { text: 'Oldest flu jab of the day went to a 97-year-old who walked here from the next village!', hits: [{ match: '97-year-old', severity: 'rule' }] },
    { text: 'Our 95-year-old patient was discharged today.', hits: [{ match: '95-year-old', severity: 'rule' }] },
    // a name no list holds, found as whoever the birthday is wished to
    { text: 'Happy 101st birthday to our Seonag Mairi from Barra, who still sings at breakfast ❤️', hits: [{ match: '101st birthday', severity: 'rule' }] },
    { text: 'Edith turns 101 on the ward today!', hits: [{ match: 'turns 101', severity: 'rule', detail: /101/ }] },
    { text: 'Happy 102nd birthday, Albert, from everyone in Bay 3.', hits: [{ match: '102nd birthday', severity: 'rule' }] },
    { text: 'Aged 93 and still gardening every day.', hits: [{ match: 'Aged 93', severity: 'warning' }] },
    { text: 'Edith, 96, is recovering well after her hip operation.', hits: [{ match: '96', severity: 'rule' }] },
    { text: 'Our physios got Mr Frank Doyle (103!) walking again after his hip fracture.', hits: [{ match: '(103!)', severity: 'rule' }] },
    { text: 'A very special birthday on the ward today: Mabel is 105!', hits: [{ match: '105', severity: 'rule' }] },
    { text: 'Happy 90th, Gladys! The nurses celebrated with our patient in Room 322.', hits: [{ match: 'Happy 90th', severity: 'rule' }] },
    { text: 'Sgt. Brian Oakes (ret.), 93, was back on the golf course after his knee replacement.', hits: [{ match: '93', severity: 'rule' }] },
  ],
});
