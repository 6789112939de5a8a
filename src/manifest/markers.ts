// Text marks that tell, without parsing, what a file may hold.

/**
 * A line that starts with `kind:`: a file meant as a manifest (its syntax errors are shown, the
 * object index parses it). The leading class holds no line ends: `^\s*` rescanned every following
 * blank line from each line start (80,000 blank lines took 13 s).
 */
export const KIND_LINE = /^[^\S\n\r\u2028\u2029]*kind\s*:/m;

/** The word every disable comment holds (`# statefulset-studio-disable-next-line <ids>`). */
export const DISABLE_MARK = 'statefulset-studio-disable-next-line';
