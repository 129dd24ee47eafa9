"""Error codes of customer communications (beyond the common ones of backend.errors)."""

SELF_APPROVAL = "self_approval"  # the drafter or submitter of a campaign tried to approve it
INVALID_TOKEN = "invalid_token"  # an unsubscribe link or callback token that does not verify
TOKEN_EXPIRED = "token_expired"  # an unsubscribe link past its life
NO_TEMPLATE = "sms_template_required"  # an SMS campaign without its approved template code
