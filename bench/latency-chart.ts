/** A small SVG line chart of latency against graph size (log-scaled x), written by our own code. */
export interface ChartSeries {
  readonly name: string;
  /** [relationships, milliseconds] */
  readonly points: readonly (readonly [number, number])[];
}

const COLOURS = ['#1b6ca8', '#d1495b', '#2a9d8f', '#e9a03b', '#6a4c93', '#3d405b'];

export function latencyChartSvg(title: string, series: readonly ChartSeries[]): string {
  const width = 720;
  const height = 420;
  const margin = { left: 70, right: 200, top: 40, bottom: 60 };
  const xs = series.flatMap((s) => s.points.map(([x]) => x));
  const ys = series.flatMap((s) => s.points.map(([, y]) => y));
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const maxY = Math.max(...ys) * 1.1;
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (value: number) =>
    margin.left +
    (maxX === minX
      ? 0
      : ((Math.log10(value) - Math.log10(minX)) / (Math.log10(maxX) - Math.log10(minX))) * plotWidth);
  const y = (value: number) => margin.top + plotHeight - (value / maxY) * plotHeight;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${margin.left}" y="24" font-size="15">${escape(title)}</text>`,
    `<line x1="${margin.left}" y1="${margin.top + plotHeight}" x2="${margin.left + plotWidth}" y2="${margin.top + plotHeight}" stroke="#333"/>`,
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotHeight}" stroke="#333"/>`,
  ];
  for (let i = 0; i <= 5; i++) {
    const value = (maxY / 5) * i;
    parts.push(
      `<line x1="${margin.left - 4}" y1="${y(value)}" x2="${margin.left + plotWidth}" y2="${y(value)}" stroke="#ddd"/>`,
      `<text x="${margin.left - 8}" y="${y(value) + 4}" text-anchor="end">${value.toFixed(value < 10 ? 1 : 0)}</text>`,
    );
  }
  for (const value of [...new Set(xs)].sort((a, b) => a - b)) {
    parts.push(
      `<text x="${x(value)}" y="${margin.top + plotHeight + 18}" text-anchor="middle">${value.toLocaleString('en')}</text>`,
    );
  }
  parts.push(
    `<text x="${margin.left + plotWidth / 2}" y="${height - 14}" text-anchor="middle">relationships in the graph (log scale)</text>`,
    `<text transform="translate(18 ${margin.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">median latency through HTTP (ms)</text>`,
  );
  series.forEach((s, index) => {
    const colour = COLOURS[index % COLOURS.length] as string;
    const points = s.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>`);
    for (const [px, py] of s.points) {
      parts.push(`<circle cx="${x(px).toFixed(1)}" cy="${y(py).toFixed(1)}" r="3" fill="${colour}"/>`);
    }
    const legendY = margin.top + 10 + index * 20;
    parts.push(
      `<line x1="${width - margin.right + 15}" y1="${legendY}" x2="${width - margin.right + 35}" y2="${legendY}" stroke="${colour}" stroke-width="2"/>`,
      `<text x="${width - margin.right + 40}" y="${legendY + 4}">${escape(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
