import { reviewReply } from '../../../rules/detectors/review-reply';
import { testDetector } from './detector-tester';

testDetector(reviewReply, {
  valid: [
    "With our Baby Promise plan it's a baby or your money back, Sarah Jones says.",
    'Start your online visit today, no insurance needed: ask Dr. Lee about your options.',
    'Thank you for your review! Please contact our practice manager on the number below so we can help.',
    "We're sorry to hear this. Please get in touch with our patient experience team.",
    'Book your appointment online today.',
    "We're sorry for the wait this week; you can now manage your appointment online.",
    'Plan your visit: parking and directions on our website.',
  ],
  invalid: [
    { text: 'Reply to Kelly Moss: thanks for the stars! Your lip filler came out so well.', hits: [{ match: 'Your lip filler' }] },
    { text: "@jo_b Hi Jo, sorry about the mix-up! We've rebooked your coil fitting for Tuesday at 10:20.", hits: [{ match: 'your coil fitting' }] },
    { text: 'Hi Rosa! So glad ur new denture is comfy.', hits: [{ match: 'ur new denture' }] },
    { text: "Sorry your visit on Tuesday wasn't what you hoped.", hits: [{ match: 'your visit', severity: 'rule' }] },
    { text: "Thanks for your review, Mark. As your dentist we always explain the options.", hits: [{ match: 'As your dentist', severity: 'rule' }] },
    { text: "We're sorry your knee surgery recovery has been slow.", hits: [{ match: 'your knee surgery recovery' }] },
    { text: 'Hi Jenny, our records show your insurance claim was submitted.', hits: [{ match: 'our records show' }, { match: 'your insurance claim' }] },
    { text: 'We apologise. When you came in last week the clinic was short-staffed.', hits: [{ match: 'When you came in' }] },
  ],
});
