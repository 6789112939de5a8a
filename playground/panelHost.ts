// The playground's stand-in for the extension host: it feeds the panel app (in an iframe) the
// same messages VS Code would, and answers what the panel asks for.
import type { HostMessage, PanelMessage } from '../src/protocol/messages';
import { isPanelMessage } from '../src/protocol/validate';
import { revealRange } from '../src/panel/revealRange';
import type { StudioSettings } from '../src/manifest';

/** Marks messages the panel shim forwards to this page. */
export const PANEL_ENVELOPE = 'statefulset-studio-panel';

/** What the host needs from the page around it. */
export interface PanelHostPage {
  frame: HTMLIFrameElement;
  uri: string;
  text(): string;
  version(): number;
  settings(): StudioSettings;
  /** The text a rollout starts from (the example as loaded). */
  baseline(): { text: string; label: string };
  select(start: number, end: number): void;
  download(name: string, type: string, content: string): void;
  status(message: string): void;
}

/** Connects the page to the panel iframe; returns the function that pushes an update. */
export function connectPanel(page: PanelHostPage): { update(): void } {
  let ready = false;
  const post = (message: HostMessage) =>
    page.frame.contentWindow?.postMessage(message, window.location.origin);
  const update = () => {
    if (!ready) return;
    post({
      type: 'update',
      uri: page.uri,
      version: page.version(),
      text: page.text(),
      settings: page.settings(),
      locked: false,
    });
    delete page.frame.dataset.pending;
  };
  // The panel's `ready` may come before this page's script ran; a loaded frame is listening too.
  const markReady = () => {
    if (ready) return;
    ready = true;
    update();
  };
  page.frame.addEventListener('load', markReady);
  if (
    page.frame.contentDocument?.readyState === 'complete' &&
    page.frame.contentWindow?.location.href !== 'about:blank'
  ) {
    queueMicrotask(markReady);
  }
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== window.location.origin || event.source !== page.frame.contentWindow)
      return;
    const data = event.data as { envelope?: unknown; message?: unknown } | null;
    if (!data || data.envelope !== PANEL_ENVELOPE || !isPanelMessage(data.message)) return;
    handle(data.message);
  });

  function handle(m: PanelMessage): void {
    switch (m.type) {
      case 'ready':
        ready = true;
        update();
        break;
      case 'reveal': {
        const range = revealRange(page.text(), m);
        if (range) page.select(range.start, range.end);
        break;
      }
      case 'copy':
        void navigator.clipboard?.writeText(m.text).then(
          () => page.status(`Copied ${m.text}`),
          () => page.status(m.text),
        );
        break;
      case 'exportTranscript':
        page.download('run.sstrace', 'text/plain', m.text);
        break;
      case 'exportSvg':
        page.download(`${m.setName || 'timeline'}.svg`, 'image/svg+xml', m.svg);
        break;
      case 'requestRollout': {
        // The panel may not have the latest text yet (updates are debounced): send it first.
        update();
        const base = page.baseline();
        post({
          type: 'simulateRollout',
          uri: page.uri,
          version: page.version(),
          baselineText: base.text,
          baselineLabel: base.label,
          docIndex: m.docIndex,
        });
        break;
      }
      case 'selection':
        break;
    }
  }
  return { update };
}
