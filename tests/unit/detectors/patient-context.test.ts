import { patientContext } from '../../../rules/detectors/patient-context';
import { testDetector } from './detector-tester';

testDetector(patientContext, {
  valid: [
    'Our Saturday vaccination clinic at the health centre runs from 9am to 1pm this weekend. Everyone over 65, pregnant women and carers are eligible, so please book online or call reception.',
    "Congratulations to Sister Jane Morris, who retires this Friday after 38 years on our children's ward. She trained hundreds of nurses and we will miss her laugh at handover.",
    'We are looking for two experienced theatre practitioners to join our day surgery unit in Harrogate. Full and part-time hours available; apply through our careers page by 30 June.',
    'Huge thanks to the Rotary Club of Ely, who raised £4,200 at their summer fete for new reclining chairs in our chemotherapy day unit. Your kindness makes a real difference.',
    // Under twenty words: left to the rules, whatever the model would make of it.
    'Get well soon Mrs Okafor, from everyone on Bay 4!',
    'Thanks for the 5 stars! We pass every compliment on to the team.',
  ],
  invalid: [
    {
      text: "Lovely to see Mr Hughes back on his feet today! Three weeks ago he came in by ambulance after a fall at home in Llanrug, and this afternoon he walked out to his daughter's car.",
      hits: [{ match: 'Lovely to see Mr Hughes back on his feet today!', severity: 'rule', detail: /reads like one person's care.*words such as/ }],
    },
    {
      text: 'Night shift on the respiratory ward got a card from the family of the gentleman in bed 9, who sadly passed away on Tuesday. Thinking of you all, and thank you for the chocolates.',
      hits: [{ match: 'Night shift on the respiratory ward got a card from the family of the gentleman in bed 9, who sadly passed away on Tuesday.', severity: 'rule' }],
    },
    {
      text: 'Last night our crew went to a house on Mill Road where an 80-year-old woman had fallen in the bath; she was taken to the Royal with a broken wrist and is comfortable now.',
      hits: [{ match: 'Last night our crew went to a house on Mill Road where an 80-year-old woman had fallen in the bath; she was taken to the Royal with a broken wrist and is comfortable now.', severity: 'rule' }],
    },
    {
      // Told with the person's agreement: a reminder about the form, not a block.
      text: 'So proud of Amara, who completed her final round of chemo with us today and rang the bell with her mum and little brother cheering her on. You are a superstar, Amara! Shared with her permission.',
      hits: [{ match: 'So proud of Amara, who completed her final round of chemo with us today and rang the bell with her mum and little brother cheering her on.', severity: 'info', detail: /signed consent/ }],
    },
  ],
});
