export {};
//# sourceMappingURL=report-model.js.map