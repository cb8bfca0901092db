// Logistic regression by full-batch gradient descent: deterministic (no sampling, fixed order), so
// the same posts always give the same weights, and small enough to read. Features are binary and
// scaled by `scale(how many of them the model knows)`, the scale the model is checked with. To ship
// fewer weights, train once, keep the features that matter, and train again on those alone
// (`only`), so the scale at training time is the scale at checking time.

export type Example = { features: readonly string[]; label: 0 | 1 };
export type TrainOptions = {
  minCount: number;
  l2: number;
  iterations: number;
  rate: number;
  scale: (known: number) => number;
  only?: ReadonlySet<string>;
};
export type Trained = { bias: number; weights: Record<string, number> };

export function trainLogistic(examples: readonly Example[], { minCount, l2, iterations, rate, scale: scaleFor, only }: TrainOptions): Trained {
  const counts = new Map<string, number>();
  for (const { features } of examples) for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  // Features seen in fewer posts than minCount are one author's phrasing, not a pattern.
  const vocabulary = [...counts]
    .filter(([feature, count]) => count >= minCount && (!only || only.has(feature)))
    .map(([feature]) => feature)
    .sort();
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows = examples.map(({ features }) => features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const weights = new Float64Array(vocabulary.length);
  let bias = 0;
  for (let step = 0; step < iterations; step++) {
    const gradient = new Float64Array(vocabulary.length);
    let biasGradient = 0;
    rows.forEach((row, i) => {
      const scale = scaleFor(row.length);
      let z = bias;
      for (const j of row) z += (weights[j] as number) * scale;
      const error = 1 / (1 + Math.exp(-z)) - (examples[i] as Example).label;
      for (const j of row) gradient[j] = (gradient[j] as number) + error * scale;
      biasGradient += error;
    });
    for (let j = 0; j < weights.length; j++) weights[j] = (weights[j] as number) - rate * ((gradient[j] as number) / rows.length + l2 * (weights[j] as number));
    bias -= (rate * biasGradient) / rows.length;
  }
  return { bias, weights: Object.fromEntries(vocabulary.map((feature, i) => [feature, weights[i] as number])) };
}
