// Text this code did not write (SSH banners and disconnect messages, remote command output, API
// error messages) must not be able to drive the runner. The runner treats a line whose first
// non-blank characters are `::` as a workflow command (`::add-mask::`, `::error::`,
// `::stop-commands::`), and the legacy `##[command]` form anywhere in a line; a bare CR ends a
// line as well as LF does. Breaking each marker with a space keeps the text readable.

const LINE_BREAKS = /\r\n|\r|\n/;

/** One line: CR and LF shown as `\r` and `\n`, workflow command markers broken. */
export function untrustedLine(text: string): string {
  return neutraliseLine(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}

/** Several lines, each with its workflow command markers broken; line breaks become LF. */
export function untrustedLines(text: string): string {
  return text.split(LINE_BREAKS).map(neutraliseLine).join('\n');
}

function neutraliseLine(line: string): string {
  return line.replace(/^(\s*):(?=:)/, '$1: ').replace(/##\[/g, '## [');
}
