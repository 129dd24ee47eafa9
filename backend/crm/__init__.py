"""Customer communications: SMS and e-mail marketing to member segments with consent, approval, quiet hours and a
frequency cap; transactional messages (order shipped, pickup ready) beside them. docs/crm.md."""
