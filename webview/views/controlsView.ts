// Buttons and fields that drive the simulation. Built once; `update` only flips states and labels.

import type { PanelPodBehavior } from '../../src/protocol/messages';
import { MAX_SIMULATED_REPLICAS } from '../../src/engine/simulation';
import { h, setText } from '../dom';
import { t } from '../l10n';

export type PodActionKind = 'delete' | 'crash' | 'never-ready' | 'lose-node';

export interface ControlHandlers {
  togglePlay(): void;
  step(): void;
  stepBack(): void;
  toStart(): void;
  toEnd(): void;
  setSpeed(speed: number): void;
  simulateRollout(): void;
  setBehavior(behavior: PanelPodBehavior): void;
  scale(replicas: number): void;
  partition(partition: number): void;
  podAction(kind: PodActionKind): void;
  exportTranscript(): void;
  exportSvg(): void;
}

export interface ControlsState {
  enabled: boolean;
  playing: boolean;
  canStep: boolean;
  canStepBack: boolean;
  time: number;
  step: number;
  replicas: number;
  partition: number;
  selectedPod: string | undefined;
}

const SPEEDS = [0.5, 1, 2, 4, 10];
const BEHAVIORS: [PanelPodBehavior, Parameters<typeof t>[0]][] = [
  ['ok', 'behaviorOk'],
  ['crash', 'behaviorCrash'],
  ['never-ready', 'behaviorNeverReady'],
  ['image-pull-error', 'behaviorImagePull'],
];

function button(label: string, cls: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { className: cls, type: 'button', text: label });
  b.addEventListener('click', onClick);
  return b;
}

/** Largest partition the API server stores (an int32). */
const MAX_PARTITION = 2147483647;

function numberField(label: string, cls: string, max: number): HTMLInputElement {
  return h('input', {
    className: cls,
    type: 'number',
    min: 0,
    max,
    step: 1,
    'aria-label': label,
  });
}

/** The field's whole number within [0, max], or undefined when it holds anything else. */
export function wholeNumberIn(field: HTMLInputElement, max: number): number | undefined {
  const text = field.value.trim();
  if (text === '' || field.validity.badInput) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
}

export class ControlsView {
  readonly el = h('section', { className: 'controls', 'aria-label': t('controls') });
  private readonly play: HTMLButtonElement;
  private readonly stepButton: HTMLButtonElement;
  private readonly back: HTMLButtonElement;
  private readonly start: HTMLButtonElement;
  private readonly end: HTMLButtonElement;
  private readonly clock = h('output', { className: 'clock', 'aria-live': 'off' });
  private readonly replicas = numberField(t('scaleTo'), 'replicas-input', MAX_SIMULATED_REPLICAS);
  private readonly partitionInput = numberField(t('partition'), 'partition-input', MAX_PARTITION);
  /** Says why a typed number was not used; read out when it appears. */
  private readonly fieldError = h('p', {
    className: 'field-error',
    id: 'controls-field-error',
    role: 'alert',
    hidden: true,
  });
  private readonly podLabel = h('span', { className: 'selected-pod' });
  private readonly podButtons: HTMLButtonElement[];
  private readonly all: (HTMLButtonElement | HTMLInputElement | HTMLSelectElement)[] = [];

  constructor(handlers: ControlHandlers) {
    this.play = button(t('play'), 'primary play', () => handlers.togglePlay());
    this.back = button(t('stepBack'), 'step-back', () => handlers.stepBack());
    this.stepButton = button(t('step'), 'step', () => handlers.step());
    this.start = button(t('toStart'), 'to-start', () => handlers.toStart());
    this.end = button(t('toEnd'), 'to-end', () => handlers.toEnd());
    const speed = h('select', { className: 'speed', 'aria-label': t('speed') });
    for (const s of SPEEDS)
      speed.append(h('option', { value: s, selected: s === 1, text: `${s}×` }));
    speed.addEventListener('change', () => handlers.setSpeed(Number(speed.value)));

    const behavior = h('select', { className: 'behavior', 'aria-label': t('newRevisionPods') });
    for (const [value, label] of BEHAVIORS) behavior.append(h('option', { value, text: t(label) }));
    behavior.addEventListener('change', () =>
      handlers.setBehavior(behavior.value as PanelPodBehavior),
    );
    const rollout = button(t('simulateRollout'), 'primary rollout', () =>
      handlers.simulateRollout(),
    );
    const submitScale = () => {
      const n = wholeNumberIn(this.replicas, MAX_SIMULATED_REPLICAS);
      if (this.showFieldError(this.replicas, n, t('scaleOutOfRange', MAX_SIMULATED_REPLICAS)))
        handlers.scale(n!);
    };
    const submitPartition = () => {
      const n = wholeNumberIn(this.partitionInput, MAX_PARTITION);
      if (this.showFieldError(this.partitionInput, n, t('partitionInvalid')))
        handlers.partition(n!);
    };
    const scale = button(t('scale'), 'scale', submitScale);
    const partition = button(t('setPartition'), 'partition', submitPartition);
    onEnter(this.replicas, submitScale);
    onEnter(this.partitionInput, submitPartition);
    this.podButtons = [
      button(t('deletePod'), 'pod-delete', () => handlers.podAction('delete')),
      button(t('crashPod'), 'pod-crash', () => handlers.podAction('crash')),
      button(t('neverReadyPod'), 'pod-never-ready', () => handlers.podAction('never-ready')),
      button(t('loseNode'), 'pod-lose-node', () => handlers.podAction('lose-node')),
    ];
    const transcript = button(t('exportTranscript'), 'export-transcript', () =>
      handlers.exportTranscript(),
    );
    const svg = button(t('exportSvg'), 'export-svg', () => handlers.exportSvg());

    const caption = (text: string, field: HTMLElement) =>
      h('label', { className: 'field' }, h('span', { className: 'caption', text }), field);
    this.el.append(
      h(
        'div',
        { className: 'toolbar', role: 'toolbar', 'aria-label': t('controls') },
        this.play,
        this.back,
        this.stepButton,
        this.start,
        this.end,
        caption(t('speed'), speed),
        this.clock,
      ),
      h(
        'div',
        { className: 'toolbar' },
        rollout,
        caption(t('newRevisionPods'), behavior),
        h('span', { className: 'field' }, caption(t('scaleTo'), this.replicas), scale),
        h('span', { className: 'field' }, caption(t('partition'), this.partitionInput), partition),
      ),
      this.fieldError,
      h(
        'div',
        { className: 'toolbar' },
        this.podLabel,
        ...this.podButtons,
        h('span', { className: 'spacer' }),
        transcript,
        svg,
      ),
    );
    this.all.push(
      this.play,
      this.back,
      this.stepButton,
      this.start,
      this.end,
      speed,
      behavior,
      rollout,
      this.replicas,
      scale,
      this.partitionInput,
      partition,
      transcript,
      svg,
    );
  }

  /** Shows or clears the message under the fields; true when `value` is usable. */
  private showFieldError(field: HTMLInputElement, value: number | undefined, text: string): boolean {
    const bad = value === undefined;
    for (const f of [this.replicas, this.partitionInput]) {
      const mark = f === field && bad;
      if (mark) {
        f.setAttribute('aria-invalid', 'true');
        f.setAttribute('aria-describedby', this.fieldError.id);
      } else {
        f.removeAttribute('aria-invalid');
        f.removeAttribute('aria-describedby');
      }
    }
    setText(this.fieldError, bad ? text : '');
    this.fieldError.hidden = !bad;
    return !bad;
  }

  update(s: ControlsState): void {
    for (const c of this.all) c.disabled = !s.enabled;
    setText(this.play, s.playing ? t('pause') : s.canStep ? t('play') : t('replay'));
    this.play.setAttribute('aria-pressed', String(s.playing));
    this.play.disabled = !s.enabled || (!s.playing && !s.canStep && s.step === 0);
    this.stepButton.disabled = !s.enabled || !s.canStep;
    this.end.disabled = !s.enabled || !s.canStep;
    this.back.disabled = !s.enabled || !s.canStepBack;
    this.start.disabled = !s.enabled || !s.canStepBack;
    setText(this.clock, `${t('clock', s.time)} · ${t('stepCount', s.step)}`);
    // A count the simulation cannot take is left out rather than shown cut off by the field.
    if (document.activeElement !== this.replicas) {
      const fits = s.replicas >= 0 && s.replicas <= MAX_SIMULATED_REPLICAS;
      this.replicas.value = fits ? String(s.replicas) : '';
    }
    if (document.activeElement !== this.partitionInput)
      this.partitionInput.value = String(s.partition);
    setText(this.podLabel, s.selectedPod ? t('selectedPod', s.selectedPod) : t('noPodSelected'));
    for (const b of this.podButtons) b.disabled = !s.enabled || !s.selectedPod;
  }
}

/** Enter in a number field does what its button does. */
function onEnter(field: HTMLInputElement, run: () => void): void {
  field.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    run();
  });
}
