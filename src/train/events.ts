// What the training loops report while they run; the CLI turns these into a progress bar and messages.

export type TrainEvent =
  | { readonly type: 'info'; readonly message: string }
  | {
      readonly type: 'step';
      readonly phase: 'pretrain' | 'finetune';
      readonly step: number;
      readonly totalSteps: number;
      readonly loss: number;
      readonly lr: number;
      /** Tokens per second over this process's steps. */
      readonly tokensPerSecond: number;
    }
  | {
      readonly type: 'eval';
      readonly phase: 'pretrain' | 'finetune';
      readonly step: number;
      readonly valLoss: number;
      readonly valPpl: number;
      readonly valAcc: number;
    }
  | { readonly type: 'checkpoint'; readonly step: number; readonly dir: string };

export type TrainEventHandler = (event: TrainEvent) => void;
