"""The Action plan tab: the strategy's annual plans, their activities, status updates, imports and reports."""
