// The job summary as a terminal shows it: headings, paragraphs, and tables as aligned columns.
// The summary is the small HTML subset @actions/core's summary writes.

export function summaryText(html: string): string {
  const out: string[] = [];
  const blocks = html.match(/<h\d>[\s\S]*?<\/h\d>|<p>[\s\S]*?<\/p>|<table>[\s\S]*?<\/table>/g) ?? [];
  for (const block of blocks) {
    if (block.startsWith('<h')) {
      const text = inline(block);
      out.push('', text, '-'.repeat(text.length));
    } else if (block.startsWith('<p>')) {
      out.push(inline(block));
    } else {
      out.push(...table(block));
    }
  }
  return out.join('\n').trim();
}

function table(html: string): string[] {
  const rows = (html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []).map((row) => (row.match(/<t[hd][^>]*>[\s\S]*?<\/t[hd]>/g) ?? []).map(inline));
  const widths = rows.reduce<number[]>((acc, row) => row.map((cell, i) => Math.max(acc[i] ?? 0, cell.length)), []);
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
}

function inline(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .trim();
}
