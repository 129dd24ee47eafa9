"""Talk to the bot of a running server as WeCom would: ``python -m bots.try "查库存 奶粉" [--user clerk1]``.

Builds the encrypted, signed callback (fakes.wecom, keyed by the CRADLE_WECOM_* settings), POSTs it to
``<base>/bots/wecom/callback``, checks the reply's signature, decrypts it and prints it. ``--click
approve:PO20261123001`` sends a card button click instead of a text."""

from __future__ import annotations

import argparse
import sys

from backend.settings import Settings
from fakes.wecom import (
    WeComFakeConfig,
    build_callback,
    card_event_xml,
    open_reply,
    text_message_xml,
    xml_fields,
)


def main(argv: list[str] | None = None) -> int:
    s = Settings.from_env()
    p = argparse.ArgumentParser(prog="python -m bots.try", description=__doc__)
    p.add_argument("text", nargs="?", default="帮助")
    p.add_argument("--user", default="clerk1", help="WeCom user id of the sender (demo: the username)")
    p.add_argument("--click", help="a card button key, e.g. approve:PO20261123001")
    p.add_argument("--base-url", default=f"http://127.0.0.1:{s.port}")
    args = p.parse_args(argv)
    cfg = WeComFakeConfig(corp_id=s.wecom_corp_id, corp_secret=s.wecom_secret, agent_id=s.wecom_agent_id,
                          token=s.wecom_token, encoding_aes_key=s.wecom_aes_key)
    plain = (card_event_xml(cfg, args.user, args.click, "bots-try") if args.click
             else text_message_xml(cfg, args.user, args.text))
    resp = build_callback(cfg, plain).deliver(args.base_url.rstrip("/") + "/bots/wecom/callback")
    if resp.status_code != 200:
        print(f"HTTP {resp.status_code}: {resp.text}", file=sys.stderr)
        return 1
    if not resp.content.strip():
        print("(no reply)")
        return 0
    reply = xml_fields(open_reply(cfg, resp.content))
    if reply.get("MsgType") == "update_button":
        print(f"[card buttons replaced by] {reply['Button']['ReplaceName']}")
    else:
        print(reply.get("Content", ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
