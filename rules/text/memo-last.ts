// Several detectors ask the same question of the same text during one check (the names in it, the
// people in it): remember the answer for the last text only, which costs nothing across checks.
export function memoLast<T>(scan: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastResult: T;
  return (text) => {
    if (text !== lastText) {
      lastResult = scan(text);
      lastText = text;
    }
    return lastResult;
  };
}
