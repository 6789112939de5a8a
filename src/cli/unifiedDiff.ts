/** Lines of context around each change. */
const CONTEXT = 3;
/** Above this many line pairs the middle part is shown as one replacement, not an exact diff. */
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; text: string; oldNo: number; newNo: number };

/**
 * A unified diff of two texts by lines (`--- a/<label>` / `+++ b/<label>` and `@@` hunks with
 * three lines of context); '' when they are equal.
 */
export function unifiedDiff(before: string, after: string, label: string): string {
  if (before === after) return '';
  const ops = diffLines(splitLines(before), splitLines(after));
  const hunks: string[] = [];
  let i = 0;
  while (i < ops.length) {
    if (ops[i].kind === ' ') {
      i++;
      continue;
    }
    // Grow the hunk while the next change is within two contexts' reach.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    while (end < ops.length) {
      let next = end;
      while (next < ops.length && ops[next].kind !== ' ') next++;
      let gap = next;
      while (gap < ops.length && ops[gap].kind === ' ') gap++;
      end = next;
      if (gap >= ops.length || gap - next > 2 * CONTEXT) break;
      end = gap;
    }
    const stop = Math.min(ops.length, end + CONTEXT);
    hunks.push(formatHunk(ops.slice(start, stop)));
    i = stop;
  }
  return `--- a/${label}\n+++ b/${label}\n${hunks.join('')}`;
}

function formatHunk(ops: Op[]): string {
  const olds = ops.filter((o) => o.kind !== '+');
  const news = ops.filter((o) => o.kind !== '-');
  const oldStart = olds.length ? olds[0].oldNo : ops[0].oldNo - 1;
  const newStart = news.length ? news[0].newNo : ops[0].newNo - 1;
  const body = ops.map((o) => `${o.kind}${o.text}\n`).join('');
  return `@@ -${oldStart},${olds.length} +${newStart},${news.length} @@\n${body}`;
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Longest-common-subsequence line diff after trimming the common prefix and suffix. */
function diffLines(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    a[a.length - 1 - suf] === b[b.length - 1 - suf]
  )
    suf++;
  const ops: Op[] = [];
  let oldNo = 1;
  let newNo = 1;
  const push = (kind: Op['kind'], text: string) => {
    ops.push({ kind, text, oldNo, newNo });
    if (kind !== '+') oldNo++;
    if (kind !== '-') newNo++;
  };
  for (let k = 0; k < pre; k++) push(' ', a[k]);
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  if (midA.length * midB.length > MAX_CELLS) {
    midA.forEach((l) => push('-', l));
    midB.forEach((l) => push('+', l));
  } else {
    // lcs[i][j]: length of the LCS of midA[i..] and midB[j..].
    const n = midA.length;
    const m = midB.length;
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let x = n - 1; x >= 0; x--) {
      for (let y = m - 1; y >= 0; y--) {
        lcs[x][y] =
          midA[x] === midB[y] ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
      }
    }
    let x = 0;
    let y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && midA[x] === midB[y]) {
        push(' ', midA[x++]);
        y++;
      } else if (x < n && (y >= m || lcs[x + 1][y] >= lcs[x][y + 1])) {
        push('-', midA[x++]);
      } else {
        push('+', midB[y++]);
      }
    }
  }
  for (let k = a.length - suf; k < a.length; k++) push(' ', a[k]);
  return ops;
}
