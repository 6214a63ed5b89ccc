import { SilencePanel } from './silence-panel.js';

// The silence procedure on a published revision: start, break, withdraw, the countdown and the record of silences.

/** @param {import('../../pages/resolution.js').PageContext} context */
export function mount(context) {
  const { state, can } = context;
  const panel = new SilencePanel(context.part('silence'), {
    resolutionId: context.resolutionId, command: context.command, me: state.me, stage: () => state.resolution?.stage,
    canStart: can.startSilence(), canBreak: can.breakSilence(), canWithdraw: can.withdrawSilence(), canPutInBlue: can.decide(),
  });
  return {
    ready: panel.start().catch((e) => context.notify(e.message)),
    render: () => panel.render(),
    events: {
      silence: (state) => panel.set(state),
      revisionPublished: () => { panel.refreshRevisions().catch(() => {}); },
    },
  };
}
