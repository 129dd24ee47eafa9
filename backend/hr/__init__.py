"""People (HR) above the staff accounts: employee records with sealed contact details, position history and store
transfers, recruiting (postings, candidates, interviews, offers, hiring into a staff account), training,
certificates with expiry notices, and performance reviews over the staff sales and commission figures.

It sits one layer above backend.staff (it creates accounts through backend.staff.accounts and reads the figures of
backend.staff.performance), beside purchasing and codepay; nothing below imports it."""
