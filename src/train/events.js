// What the training loops report while they run; the CLI turns these into a progress bar and messages.
export {};
//# sourceMappingURL=events.js.map