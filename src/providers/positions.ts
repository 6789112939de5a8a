import * as vscode from 'vscode';
import { OffsetRange } from '../manifest';

/** The one place where core offsets become editor ranges. */
export function toRange(doc: vscode.TextDocument, r: OffsetRange): vscode.Range {
  return new vscode.Range(doc.positionAt(r.start), doc.positionAt(r.end));
}

/** Editor position back to a core offset. */
export function toOffset(doc: vscode.TextDocument, p: vscode.Position): number {
  return doc.offsetAt(p);
}
