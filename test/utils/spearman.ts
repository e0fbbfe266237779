/**
 * Spearman's rank correlation between exact and estimated values over the top k nodes by exact value:
 * the Pearson correlation of their fractional ranks (tied values share their average rank, so two nodes
 * in symmetric positions with equal exact values do not count as a disagreement in order).
 */
export function spearmanOfTop(
  exact: Readonly<Record<string, number>>,
  estimate: Readonly<Record<string, number>>,
  k: number,
): number {
  const top = Object.keys(exact)
    .sort((a, b) => (exact[b] as number) - (exact[a] as number) || a.localeCompare(b))
    .slice(0, k);
  const x = fractionalRanks(top.map((key) => exact[key] as number));
  const y = fractionalRanks(top.map((key) => estimate[key] ?? 0));
  return pearson(x, y);
}

function fractionalRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (
      end + 1 < order.length &&
      Math.abs((order[end + 1]?.value ?? 0) - (order[start]?.value ?? 0)) < 1e-12
    )
      end += 1;
    for (let i = start; i <= end; i++) ranks[order[i]?.index ?? 0] = (start + end) / 2;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const [mx, my] = [mean(x), mean(y)];
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  x.forEach((xi, i) => {
    const yi = y[i] as number;
    covariance += (xi - mx) * (yi - my);
    vx += (xi - mx) ** 2;
    vy += (yi - my) ** 2;
  });
  return vx === 0 || vy === 0 ? (vx === vy ? 1 : 0) : covariance / Math.sqrt(vx * vy);
}
