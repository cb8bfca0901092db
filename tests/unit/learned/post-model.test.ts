import { describe, expect, it } from 'vitest';
import { featureHash } from '../../../rules/learned/packed-weights';
import { MIN_KNOWN_WORDS, scorePost, type PostModel } from '../../../rules/learned/post-model';

// A model that knows a handful of English words, so what it judges does not depend on training.
const KNOWN = ['our', 'clinic', 'the', 'is', 'open', 'on', 'and', 'for', 'to', 'book', 'call', 'us', 'a', 'this', 'saturday', 'from', 'with', 'you', 'all', 'we', 'little'];
const MODEL: PostModel = { bias: 0, weights: new Map(KNOWN.map((word) => [featureHash(word), 1])) };

const ENGLISH = 'Our clinic is open on Saturday and we are here for you: call us to book a check with the team, all from this little clinic on the square.';
// Of its distinct words the model knows only 'little': far under the share.
const VIETNAMESE =
  'Phòng khám Little Saigon: bác sĩ nói tiếng Việt khám cho bà con mỗi thứ Hai và thứ Năm. Khám tổng quát và tiêm ngừa cho cả gia đình. Gọi 714-555-0190 để đặt hẹn.';

describe('scorePost', () => {
  it('scores a post of twenty words or more in the language the model learned', () => {
    expect(scorePost(MODEL, ENGLISH)).toBeGreaterThan(0.5);
  });

  it('leaves a shorter post to the rules', () => {
    expect(scorePost(MODEL, 'Our clinic is open on Saturday, call us to book.')).toBeUndefined();
  });

  it(`does not judge a post with under ${MIN_KNOWN_WORDS * 100}% of its words known (loan words must not speak for the whole)`, () => {
    expect(scorePost(MODEL, VIETNAMESE)).toBeUndefined();
  });
});
