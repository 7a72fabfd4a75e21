export const DialogIds = {
  main: 'MainDialog',
  triageWaterfall: 'triageWaterfall',
  describe: 'DescribeDialog',
  category: 'CategoryDialog',
  severity: 'SeverityDialog',
  severityReconfirmation: 'SeverityReconfirmation',
  plan: 'PlanDialog',
  purchaseChannel: 'PurchaseChannelDialog',
  country: 'CountryDialog',
  handoff: 'HandoffDialog',
} as const;
