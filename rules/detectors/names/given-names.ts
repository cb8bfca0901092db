// A compact lexicon of common given names in the UK and US (English, Welsh, Scottish, Irish,
// Hispanic, South Asian, Arabic/Muslim, West African, East Asian, Eastern European). Compact on
// purpose: it ships in the content script. Words that are also ordinary English words are listed in
// AMBIGUOUS_GIVEN_NAMES and only count with a surname or a name cue ("patient Grace").

const NAMES = `
Aaliyah Aaron Abdul Abdullah Abigail Abdi Ada Adam Adaeze Adebayo Adele Adeola Aditya Adrian Ahmad Ahmed Aidan Aiden Aileen Ailsa
Aisha Aishah Akira Alan Alana Albert Alberto Alejandro Alessandro Alex Alexander Alexandra Alexis Alfie Alfred Ali Alice Alicia Alina
Alison Alistair Amanda Amara Amber Amelia Amina Amir Amit Amy Ana Anand Anastasia Andre Andrea Andreea Andrew Andrzej Aneurin Angela Angus Anika Anil
Anita Ann Anna Anne Annie Anthony Anton Antonio Anya Archie Arjun Arlo Arthur Arun Asha Ashley Aston Audrey Aurora Austin Ava Ayaan Ayesha Aylin
Barbara Beatrice Beatriz Becky Bella Ben Benjamin Bernard Beth Bethan Betty Beverley Bianca Bilal Billy Blessing Bogdan Bonnie Brandon Brenda Brian Bridget Brooke Bruce Bryony
Caitlin Callum Cameron Camila Carl Carla Carlos Carmen Carol Caroline Carolyn Catherine Cathy Cecilia Charles Charlie Charlotte Chen Cheryl Chidi Chinedu Chioma Chloe Chris Christian
Christina Christine Christopher Chukwuemeka Ciara Claire Clara Clare Colin Connor Conor Craig Cynthia Daisy Dale Damian Dan Daniel Daniela Danielle Danny Darius Darren Dave David
Dawn Debbie Deborah Deepak Deepika Denise Dennis Derek Diana Diane Diego Dimitri Divya Dmitri Dolores Dominic Donna Doris Dorothy Douglas Dylan Ebony Eddie Edith Edward Edwin Eileen Elaine
Eleanor Elena Eli Elias Elijah Elizabeth Ella Ellie Elliot Elliott Elsie Emeka Emily Emma Emmanuel Enzo Eric Erica Erin Esme Esther Ethan Eugene Eva Evan Eve Evelyn Ewan Ezra
Fatima Fatma Felix Fernando Fiona Florence Francesca Francis Freddie Frederick Freya Funmi Gabriel Gabriela Gareth Gary Gavin Gemma George Georgia Gerald Gianna Gillian Giovanni
Gloria Gordon Graham Gregory Gurpreet Gwen Gwyneth Hafsa Hamza Hannah Harjit Harold Harper Harriet Harrison Harry Harvey Hassan Hayley Heather Heidi Helen Henry Hiroshi Hollie Howard Hugh Hugo Hussein
Ian Ibrahim Idris Ifeoma Igor Imani Imran Iona Irene Isaac Isabel Isabella Isabelle Isaiah Isla Ismail Ivan Jacob Jacqueline Jade Jake James Jamal Jamie Jan Jane Janet Janice Jasmine
Jason Javier Jayden Jean Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jessica Jia Joan Joanna Joanne Jodie Joe Joel John Johnny Jonathan Jordan Jorge Jose Joseph Josephine Josh Joshua Joyce
Juan Judith Judy Julia Julian Julie Justin Kacper Kai Kamal Karen Karim Karina Kate Katherine Kathleen Kathryn Katie Katy Kayla Keith Kelly Kenji Kenneth Kevin Khadija Kieran Kim
Kimberly Kirsty Kofi Krishna Kwame Kyle Laila Lakshmi Lara Laura Lauren Layla Leah Lee Leila Lena Leo Leon Leonardo Leslie Lewis Liam Lily Linda Lindsay Lisa Logan Lois Lola Lorna Lorraine
Louis Louise Luca Lucas Lucia Lucy Luis Luke Lydia Lynn Madison Magdalena Mahmoud Maisie Malik Manuel Marcus Margaret Maria Mariam Marie Marina Mario Marion Marjorie Marta Martha Martin
Mary Maryam Mason Mateo Matilda Matthew Maureen Max Maya Megan Mehmet Melanie Melissa Mia Michael Michelle Miguel Mihai Mila Mildred Millie Mohamed Mohammad Mohammed Molly Monica Muhammad Mustafa
Nadia Naomi Nasir Natalia Natalie Natasha Nathan Neil Nia Niamh Nicholas Nicola Nicole Nigel Nikhil Nikita Nina Noah Noor Nora Norma Norman Nuala Oakley Obinna Oliver Olivia Olga Oluwaseun
Omar Oscar Owen Pablo Paige Pamela Paolo Parveen Patricia Patrick Paul Paula Pauline Pedro Peggy Penelope Peter Philip Phoebe Phyllis Pierre Piotr Polly Pooja Poppy Pradeep Priya
Priyanka Rachel Rafael Rahul Raj Rajesh Ramesh Rana Raymond Rebecca Reggie Reza Rhian Rhys Ricardo Richard Riley Rita Robert Roberto Robin Roger Rohan Roisin Ronald Ronan Rory Rosa Rosie Ross
Rowan Roxanne Ruby Rupert Ruth Ryan Sadia Saanvi Saeed Sally Salma Sam Samantha Samir Samira Samuel Sandra Sanjay Sara Sarah Sean Sebastian Seren Sergei Shabnam Shane Shannon Sharon Sheila Shirley
Shreya Siddharth Simon Simone Sina Siobhan Sofia Sonia Sophia Sophie Stacey Stanley Stella Stephanie Stephen Steve Steven Stuart Sunil Susan Suzanne Sylvia Tamara Tanya Tara Teresa Terry
Theo Theodore Thomas Tiago Timothy Tina Toby Tom Tomasz Tommy Tony Tracy Tremaine Tyler Uchenna Valentina Vanessa Vera Veronica Victoria Vijay Vikram Vincent Violet Vivian Wayne Wei Wendy
William Wojciech Xavier Xin Yasmin Yara Yusuf Yvonne Zac Zachary Zain Zainab Zara Zeynep Zoe Zoltan Edna Ethel Mabel Gladys Ivy Iris Hazel Pearl Maggie Nell Winifred Agnes Harold Wilfred
Ernest Cyril Percy Reginald Leonard Sidney Walter Arnold Alfie Bobby Jimmy Sid Stan Fred Ted Nancy Sue Liz Beth Meg Kath Pat Val Gill Jo Di Jess Abi Ellen Mae Rosa Cora Orla Aoife Eimear
Seamus Padraig Declan Eoin Cian Fionn Oisin Sinead Grainne Morag Hamish Fraser Iain Kenny Euan Dafydd Gethin Iwan Llyr Cerys Ffion Elin Manon Catrin Hywel Emrys
`;

/** Given names that are also everyday words ("Will", "May", "Grace", "Hope"). */
export const AMBIGUOUS_GIVEN_NAMES = new Set(
  'Will May Grace Hope Faith Joy June April Mark Bill Rose Frank Jack Art Dean Guy Sky Summer Holly Dawn Amber Jade Autumn Sunny Page Chase Miles Rich Rob Victor Ruby Pearl Ivy Iris Hazel Crystal Heather Rowan Robin Lily Angel Max Sam Pat Val Di Jo Lee Jan Eve Ray Rowan Bonnie Blessing Imani Nia Noor'
    .split(' '),
);

export const GIVEN_NAMES = new Set([...NAMES.split(/\s+/).filter(Boolean), ...AMBIGUOUS_GIVEN_NAMES]);
