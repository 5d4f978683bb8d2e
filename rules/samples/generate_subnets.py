#!/usr/bin/env python3
"""Writes rules/samples/subnets.yaml: 128 illustrative Bittensor subnets (netuid 0 = root, 1..127).

Deterministic: every "random" number comes from SHA-256 of the netuid and a label, so the output never changes
between runs. Values are illustrative, not chain data. Run: python3 rules/samples/generate_subnets.py
"""
import hashlib
import os

CURRENT_BLOCK = 7_200_000        # illustrative snapshot block (2026-01-09)
IMMUNITY = 864_000               # blocks of protection after registration
BLOCKS_PER_DAY = 7_200

# Named subnets: (netuid, name, symbol, ema_tao_flow TAO/block, price TAO/alpha, tao_in TAO)
NAMED = {
    3: ("Templar", "γ", 0.060, 0.0520, 95_000),
    8: ("Vanta", "θ", 0.030, 0.0310, 60_000),
    62: ("Ridges", "ᚱ", 0.045, 0.0480, 70_000),
    64: ("Chutes", "ش", 0.190, 0.2900, 330_000),
}
# Illustrative registration blocks of the named subnets (Templar and Vanta are among the oldest subnets).
NAMED_REGISTERED = {3: 290_000, 8: 310_000, 62: 4_420_000, 64: 4_450_000}
# Non-root subnets registered inside the immunity window (registered_at_block > CURRENT_BLOCK - IMMUNITY).
RECENT = {97: 6_900_000, 104: 6_700_000, 115: 6_500_000, 121: 7_050_000, 127: 7_170_000}
PRUNE_CANDIDATE = 93             # the lowest moving price among non-immune subnets
PRICE_MISMATCH = {41, 77}        # quoted price about 3 % off tao_in / alpha_in (a stale quote)
NOT_ENABLED = 127                # registered days ago: subtoken not yet enabled, no first emission
REGISTRATION_CLOSED = 126        # registration closed: no emission share


def unit(netuid, label):
    digest = hashlib.sha256(f"{netuid}:{label}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def between(netuid, label, low, high):
    return low + (high - low) * unit(netuid, label)


def number(x, digits=6):
    """A YAML number with at most `digits` significant digits, no exponent."""
    if x == 0:
        return "0"
    text = f"{x:.{digits}g}"
    if "e" in text:
        text = f"{x:.12f}".rstrip("0").rstrip(".")
    return text


def subnet(netuid):
    if netuid == 0:
        return {"netuid": 0, "name": "root", "symbol": "Τ", "registered_at_block": 0, "current_block": CURRENT_BLOCK,
                "registration_allowed": False}

    name, symbol, flow, price, tao_in = NAMED.get(netuid, (None, None, None, None, None))
    if name is None:
        name, symbol = f"Sample {netuid}", f"SN{netuid}"
        # About 30 % of subnets have a negative flow EMA; the rest a skewed positive one.
        if unit(netuid, "sign") < 0.3:
            flow = -between(netuid, "flow", 0.0005, 0.02)
        else:
            flow = between(netuid, "flow", 0.0, 1.0) ** 3 * 0.08
        price = between(netuid, "price", 0.004, 0.06)
        tao_in = between(netuid, "tao_in", 4_000, 60_000)

    registered = RECENT.get(netuid, NAMED_REGISTERED.get(netuid, int(between(netuid, "registered", 3_000_000, 6_200_000))))
    if netuid == PRUNE_CANDIDATE:
        price, flow, tao_in = 0.0031, -0.012, 3_100
    if netuid in RECENT:
        price = between(netuid, "young_price", 0.002, 0.02)
        flow = between(netuid, "young_flow", 0.0, 0.004)
    if netuid == NOT_ENABLED:
        flow, price = 0.0, 0.0021
    if netuid == REGISTRATION_CLOSED:
        flow = -0.004

    alpha_in = tao_in / price
    quoted = price * (1.03 if netuid in PRICE_MISMATCH else 1.0)
    moving = price * between(netuid, "lag", 0.85, 1.15)
    if netuid == PRUNE_CANDIDATE:
        moving = 0.0029
    alpha_out = alpha_in * between(netuid, "out", 0.6, 2.5)
    daily = flow * BLOCKS_PER_DAY
    keys = int(between(netuid, "keys", 40, 256))
    validators = int(between(netuid, "validators", 4, 64))
    entity = {
        "netuid": netuid,
        "name": {"value": name, "source": f"taostats.io, subnet {netuid}"} if netuid in NAMED else name,
        "symbol": symbol,
        "registered_at_block": registered,
        "current_block": CURRENT_BLOCK,
        "tao_in": round(tao_in, 3),
        "alpha_in": round(alpha_in, 3),
        "alpha_out": round(alpha_out, 3),
        "price": quoted,
        "moving_price": moving,
        "market_cap": round(price * (alpha_in + alpha_out), 3),
        "liquidity": round(2 * tao_in, 3),
        "ema_tao_flow": flow,
        "net_flow_1d": round(daily * between(netuid, "d1", 0.2, 1.8), 3),
        "net_flow_7d": round(daily * 7 * between(netuid, "d7", 0.5, 1.5), 3),
        "net_flow_30d": round(daily * 30 * between(netuid, "d30", 0.7, 1.3), 3),
        "root_prop": round(between(netuid, "root_prop", 0.0, 0.35), 4),
        "miner_burned": unit(netuid, "burn") < 0.1,
        "active_keys": keys,
        "max_uids": 256,
        "active_validators": min(validators, keys),
        "active_miners": keys - min(validators, keys),
        "registration_allowed": netuid != REGISTRATION_CLOSED,
        "subtoken_enabled": netuid != NOT_ENABLED,
    }
    if netuid != NOT_ENABLED:
        entity["first_emission_block"] = registered + 7 * BLOCKS_PER_DAY
    if netuid in RECENT and netuid != NOT_ENABLED and CURRENT_BLOCK < entity["first_emission_block"]:
        entity["first_emission_block"] = CURRENT_BLOCK - BLOCKS_PER_DAY
    return entity


def render(value):
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key}: {render(item)}" for key, item in value.items()) + " }"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number(value, 8)
    return '"' + value + '"'


HEADER = """\
# ILLUSTRATIVE SAMPLE DATA — not chain data, not investment advice.
# 128 Bittensor subnets at one snapshot block (netuid 0 = root, 1..127), so the 128-slot subnet limit is reached.
# Generated by rules/samples/generate_subnets.py (deterministic; do not edit by hand, re-run the script).
# Chutes (64), Templar (3), Ridges (62) and Vanta (8) are the real subnets' names and netuids (as listed on taostats.io)
# with plausible, made-up values; every other subnet is a placeholder ("Sample N"). Flows, prices, reserves and blocks
# are invented.
# Public parameters the data is shaped by: 0.5 TAO per block after the December 2025 halving and 7,200 blocks a day
# (3,600 TAO a day; taostats / learnbittensor emission docs), immunity of 864,000 blocks and the 128-subnet limit
# (docs.learnbittensor.org, Subnet Deregistration). Root (netuid 0) has no alpha pool, so no flow or price facts.
"""


def main():
    lines = [HEADER.rstrip("\n"), "kind: subnet", "as_of: 2026-01-09",
             'source: "illustrative sample generated by rules/samples/generate_subnets.py; not chain data"', "entities:"]
    for netuid in range(128):
        entity = subnet(netuid)
        first = True
        for key, value in entity.items():
            lines.append(("  - " if first else "    ") + f"{key}: {render(value)}")
            first = False
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "subnets.yaml")
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
