"""The client's address as the server should believe it: behind the shipped nginx (deploy/nginx/), the TCP peer is
nginx, and the client is the address nginx appended to X-Forwarded-For (``$proxy_add_x_forwarded_for``).

Forwarded headers are believed only from a trusted proxy: CRADLE_TRUSTED_PROXIES, addresses or networks separated
by commas (default: this host's loopback, where deploy/nginx/cradle.conf runs; compose sets its nginx's address).
From any other peer they are ignored, so a client that reaches the API directly cannot pick its own address, and
one behind nginx cannot either: nginx's own entry is the rightmost, and the walk from the right stops at the first
address that is not a trusted proxy. (Sanic's PROXIES_COUNT would believe the header from every peer, which is
why it stays unset.) Login rate limits, the access log and the audit log use ``client_ip(request)``.
"""

from __future__ import annotations

import functools
import ipaddress
from typing import Any

from backend.settings import get_settings

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@functools.lru_cache(maxsize=8)
def trusted_networks(spec: str) -> tuple[Network, ...]:
    """Parse CRADLE_TRUSTED_PROXIES ("127.0.0.1, 10.0.0.0/24, ::1"); a bad entry is a configuration error."""
    nets = []
    for part in spec.split(","):
        part = part.strip()
        if part:
            try:
                nets.append(ipaddress.ip_network(part, strict=False))
            except ValueError as exc:
                raise ValueError(f"CRADLE_TRUSTED_PROXIES: {part!r} is not an address or network") from exc
    return tuple(nets)


def parse_ip(value: str) -> Address | None:
    """An address from a header entry or a peer: "1.2.3.4", "1.2.3.4:5678", "[2001:db8::1]:443", "::ffff:1.2.3.4"."""
    value = value.strip().strip('"')
    if value.startswith("["):
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:  # IPv4 with a port
        value = value.split(":", 1)[0]
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        return ip.ipv4_mapped
    return ip


def is_trusted(ip: Address, networks: tuple[Network, ...]) -> bool:
    return any(ip.version == net.version and ip in net for net in networks)


def resolve(peer: str, forwarded_for: list[str], trusted_spec: str) -> str:
    """The client address from the TCP peer and the X-Forwarded-For header lines (the rule of the module)."""
    peer_ip = parse_ip(peer)
    if peer_ip is None:
        return peer or "-"
    networks = trusted_networks(trusted_spec)
    if not is_trusted(peer_ip, networks):
        return str(peer_ip)
    hops = [h for line in forwarded_for for h in line.split(",") if h.strip()]
    client = peer_ip
    for hop in reversed(hops):
        ip = parse_ip(hop)
        if ip is None:  # garbage left of a trusted hop: the last address we could believe
            break
        client = ip
        if not is_trusted(ip, networks):
            break
    return str(client)


def peer_ip(request: Any) -> str:
    """The TCP peer: nginx behind the shipped deployment, the client itself when it connects directly."""
    conn = getattr(request, "conn_info", None)
    return (getattr(conn, "client_ip", "") if conn else "") or getattr(request, "ip", "") or ""


# Every request asks, and nearly all ask the same few questions (nginx's address and one client's): the answers are
# kept per (peer, X-Forwarded-For, trusted proxies) in a bounded LRU. A header longer than any real chain of proxies
# is resolved without being kept, so a client sending a new long header per request cannot fill memory with them.
_CACHED_HEADER_MAX = 256


@functools.lru_cache(maxsize=4096)
def _resolve_cached(peer: str, forwarded_for: tuple[str, ...], trusted_spec: str) -> str:
    return resolve(peer, list(forwarded_for), trusted_spec)


def client_ip(request: Any) -> str:
    """The real client address of a Sanic request (see the module's rule)."""
    forwarded_for = request.headers.getall("x-forwarded-for", [])
    trusted_spec = get_settings().trusted_proxies
    if sum(map(len, forwarded_for)) > _CACHED_HEADER_MAX:
        return resolve(peer_ip(request), forwarded_for, trusted_spec)
    return _resolve_cached(peer_ip(request), tuple(forwarded_for), trusted_spec)
