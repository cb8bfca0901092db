import { jigsaw } from '../../../rules/detectors/jigsaw';
import { testDetector } from './detector-tester';

testDetector(jigsaw, {
  valid: [
    'After 41 years as a GP on Mull, Dr Hamish Reid retires; he held clinics in every gale.',
    'Why wait for an appointment? See a private GP in Leeds today for infections and sick notes.',
    'Country singer Jolene Marsh spent her afternoon at our children\'s hospital, signing autographs for patients.',
    // groups, not one person
    'Our shockwave clinic has treated Premier League players with tendon injuries.',
    'Our private GPs at Quickcare Reading can see you within the hour after an accident.',
    'Dr. Maria Lopez has been elected president of the Ohio Society of Anesthesiologists; she still covers our trauma theatre lists.',
    'A 40-year-old man from Leeds ran the marathon for charity.',
    'A woman from Bradford was admitted overnight.',
    'Are you a teacher in Leeds? Join our school nurse programme.',
    'We are hiring a pharmacist in Truro: apply by Friday.',
    'Calling all farmers in Powys: free blood pressure checks at the mart on Tuesday.',
    'Thank you to the only female firefighter at Kendal station for raising £900 for our ward.',
    'Our newest nurse from Manila started on Ward 7 today.',
    'The mayor of our town opened the new wing this morning.',
    'Every child in Wales deserves a dentist.',
    'Our crisis team works with people in Leeds around the clock.',
    'Olympic rowing is on TV tonight: get moving this summer!',
    'Massive thanks to the captain of Seaton Carew RFC for the team\'s £2,000 donation to our ward.',
    'Heart attack? Call 999. Our 72yo male volunteers run the cafe.',
  ],
  invalid: [
    { text: 'Great to see the mayor of Tiptonville at our clinic getting his blood pressure meds sorted.', hits: [{ match: 'mayor of Tiptonville' }] },
    { text: 'Her husband, one of the village\'s two vets, was flown to Inverness after a fall.', hits: [{ match: "one of the village's two vets" }] },
    { text: 'Our rural team is now caring for a 52-year-old beef farmer outside Hay-on-Wye with a very rare syndrome.', hits: [{ match: 'a 52-year-old beef farmer outside Hay-on-Wye' }] },
    { text: "The valley's only barber came through our doors yesterday after a bad fall.", hits: [{ match: "The valley's only barber" }] },
    { text: 'In group today a retired harbour pilot from Porthleven talked about hearing voices for the first time.', hits: [{ match: 'a retired harbour pilot from Porthleven' }] },
    { text: "Proud of our cath lab: Porthgain's only female lifeboat coxswain came in with a STEMI and was back at sea in eight weeks.", hits: [{ match: "Porthgain's only female lifeboat coxswain" }] },
    {
      text: 'Our surgeons operated on a 7-year-old girl from Ludlow with a rare heart condition.',
      hits: [{ match: 'a 7-year-old girl from Ludlow', severity: undefined, detail: /without a name/ }],
    },
    { text: 'A 47-year-old sheep farmer from Bala was admitted on Tuesday.', hits: [{ match: 'A 47-year-old sheep farmer from Bala' }] },
    { text: 'Tough night: the only pro bull rider in Cheyenne came in with a fractured pelvis.', hits: [{ match: 'the only pro bull rider in Cheyenne' }] },
    { text: 'Keratoconus clinic today: 34F, primary school teacher, Hexham, doing brilliantly.', hits: [{ match: '34F, primary school teacher, Hexham' }] },
    { text: 'Wishing the mayor of our little town a speedy recovery after his boating accident.', hits: [{ match: 'the mayor of our little town' }] },
    { text: 'A retired schoolteacher in Waco is recovering on our cardiac floor.', hits: [{ match: 'A retired schoolteacher in Waco' }] },
    { text: 'Our crisis team spent last night with a young man threatening to jump from the Tyne Bridge.', hits: [{ match: 'a young man threatening to jump from the Tyne Bridge' }] },
    { text: 'Massive privilege to guide the captain of Seaton Carew RFC back to fitness after his ACL reconstruction.', hits: [{ match: 'captain of Seaton Carew RFC' }] },
    { text: 'Cardiac arrest at 17 Moorland Crescent, Keighley BD21 3QX: 72yo male, ROSC on scene.', hits: [{ match: '72yo male' }] },
    { text: 'So proud of our patient, the only female lineman at Tri-County Electric, back at work after her shoulder surgery.', hits: [{ match: 'the only female lineman at Tri-County Electric' }] },
    { text: 'Thrilled that a 46-year-old Olympic rowing medallist is now 20 weeks pregnant after IVF.', hits: [{ match: 'Olympic rowing medallist' }] },
  ],
});
