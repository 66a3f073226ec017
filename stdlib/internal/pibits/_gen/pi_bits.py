#!/usr/bin/env python3
"""Prints the fixed-point tables of 4/π and 1/π that pibits.go holds
(64 integer bits, then 19 words of fraction), from Machin's formula for π in
integer arithmetic: the bits the argument reductions multiply by."""

PRECISION = 1600


def arctan_of_inverse(n: int, one: int) -> int:
    """arctan(1/n) * one, by its alternating series."""
    total, term, k, sign = 0, one // n, 1, 1
    while term:
        total += sign * (term // k)
        term //= n * n
        k += 2
        sign = -sign
    return total


def table(numerator: int, pi_scaled: int, scale_bits: int) -> list[int]:
    value = (numerator << (scale_bits + 19 * 64)) // pi_scaled
    return [(value >> (64 * (19 - i))) & ((1 << 64) - 1) for i in range(20)]


def main() -> None:
    scale_bits = PRECISION + 64
    one = 1 << scale_bits
    pi_scaled = 16 * arctan_of_inverse(5, one) - 4 * arctan_of_inverse(239, one)
    for index, (name, numerator, text) in enumerate((("FourOverPi", 4, "4/π"), ("OneOverPi", 1, "1/π"))):
        if index:
            print()
        print(f"// {name} is {text} in fixed point: 64 integer bits, then 19 words of fraction.")
        print(f"var {name} = [...]uint64{{")
        for word in table(numerator, pi_scaled, scale_bits):
            print(f"\t{word:#018x},")
        print("}")


if __name__ == "__main__":
    main()
