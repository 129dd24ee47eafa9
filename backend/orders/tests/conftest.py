"""The WeChat Pay and Alipay fakes for the refund tests (the same fixtures as the counter sales')."""

from backend.codepay.tests.conftest import ali, alipay_fake, codepay_settings, micropay_fake, wx  # noqa: F401
