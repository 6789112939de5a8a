/** Whether `pattern` contains glob syntax (`*`, `?`, `[...]`, `{a,b}`). */
export function isGlob(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * Translates a glob over `/`-separated paths into an anchored regular expression:
 * `*` and `?` stay inside one segment, `**` spans segments (`a/**\/b` also matches `a/b`),
 * `[abc]` / `[!abc]` are character classes, `{x,y}` are alternatives (not nested).
 * Names starting with a dot are matched only by patterns that spell the dot.
 */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const atSegmentStart = i === 0 || pattern[i - 1] === '/';
    if (c === '*' && pattern[i + 1] === '*') {
      const slashAfter = pattern[i + 2] === '/';
      if (atSegmentStart && slashAfter) {
        re += '(?:(?!\\.)[^/]*/)*';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') {
      re += atSegmentStart ? '(?!\\.)[^/]*' : '[^/]*';
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^/' : ''}${body.replace(/[\\\]]/g, '\\$&')}]`;
      i = close;
    } else if (c === '{' && !inBraces) {
      inBraces = true;
      re += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      re += ')';
    } else if (c === ',' && inBraces) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  if (inBraces) throw new Error(`unclosed "{" in glob ${pattern}`);
  return new RegExp(`^${re}$`);
}
