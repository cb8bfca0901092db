import { describe, expect, it } from 'vitest';
import { PATIENT_CONTEXT } from '../../../rules/learned/patient-context';
import { scorePost } from '../../../rules/learned/post-model';

describe('scorePost', () => {
  it('scores a post of twenty words or more in the language the model learned', () => {
    const score = scorePost(PATIENT_CONTEXT, 'Our Saturday vaccination clinic at the health centre runs from 9am to 1pm this weekend. Everyone over 65 is eligible, so please book online.');
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
  });

  it('leaves a shorter post to the rules', () => {
    expect(scorePost(PATIENT_CONTEXT, 'Get well soon Mrs Okafor, from everyone on Bay 4!')).toBeUndefined();
  });

  it('does not judge a post whose words it hardly knows (three loan words must not speak for thirty)', () => {
    const vietnamese =
      'Phòng khám Little Saigon: bác sĩ nói tiếng Việt khám cho bà con mỗi thứ Hai và thứ Năm. Khám tổng quát và tiêm ngừa cho cả gia đình. Gọi 714-555-0190 để đặt hẹn.';
    expect(scorePost(PATIENT_CONTEXT, vietnamese)).toBeUndefined();
  });
});
