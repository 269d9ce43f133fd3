//! The artefact checksum: catches damaged and foreign bytes (no defence
//! against a forger: loading an artefact is `unsafe` for that reason), and
//! fast enough to run over every load's metadata and images (sqlite3's are
//! 1.5 MB).
//!
//! The bytes are taken as one stream of 64-byte stripes of eight 64-bit
//! words into eight accumulators: word `i` adds the product of its two
//! halves (each xored with a key) to accumulator `i`, and itself to
//! accumulator `i ^ 1`. A change to one word thus always changes its
//! neighbour's accumulator by the change itself, so no single changed word
//! goes unseen. The tail is zero-padded to a stripe; the length and the
//! accumulators are then mixed into one value, each step a bijection.
//! Additions commute, so the AVX2 path (four lanes a vector) gives the
//! scalar path's result exactly.

const KEYS: [u64; 8] = [
    0x243f_6a88_85a3_08d3,
    0x1319_8a2e_0370_7344,
    0xa409_3822_299f_31d0,
    0x082e_fa98_ec4e_6c89,
    0x4528_21e6_38d0_1377,
    0xbe54_66cf_34e9_0c6c,
    0xc0ac_29b7_c97c_50dd,
    0x3f84_d5b5_b547_0917,
];
const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
const STRIPE: usize = 64;

/// The checksum of the concatenation of `parts`.
pub fn checksum(parts: &[&[u8]]) -> u64 {
    let mut acc = KEYS;
    let mut carry = [0u8; STRIPE];
    let mut carried = 0;
    let mut len = 0u64;
    for part in parts {
        len += part.len() as u64;
        let mut rest: &[u8] = part;
        // Complete a stripe begun by the previous part.
        if carried > 0 {
            let n = (STRIPE - carried).min(rest.len());
            carry[carried..carried + n].copy_from_slice(&rest[..n]);
            carried += n;
            rest = &rest[n..];
            if carried < STRIPE {
                continue;
            }
            stripes(&mut acc, &carry);
        }
        let whole = rest.len() / STRIPE * STRIPE;
        stripes(&mut acc, &rest[..whole]);
        let tail = &rest[whole..];
        carry[..tail.len()].copy_from_slice(tail);
        carried = tail.len();
    }
    if carried > 0 {
        carry[carried..].fill(0);
        stripes(&mut acc, &carry);
    }
    let mut hash = len.wrapping_mul(MUL);
    for lane in acc {
        hash = (hash ^ lane).wrapping_mul(MUL).rotate_left(31);
    }
    hash ^ (hash >> 32)
}

/// Adds the whole stripes of `bytes` (a multiple of 64 long) to `acc`.
fn stripes(acc: &mut [u64; 8], bytes: &[u8]) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2, checked just above.
        unsafe { x86::stripes_avx2(acc, bytes) };
        return;
    }
    stripes_scalar(acc, bytes);
}

fn stripes_scalar(acc: &mut [u64; 8], bytes: &[u8]) {
    for stripe in bytes.chunks_exact(STRIPE) {
        for (i, word) in stripe.chunks_exact(8).enumerate() {
            let w = u64::from_le_bytes(word.try_into().unwrap());
            let x = w ^ KEYS[i];
            acc[i] = acc[i].wrapping_add((x & 0xffff_ffff).wrapping_mul(x >> 32));
            acc[i ^ 1] = acc[i ^ 1].wrapping_add(w);
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    //! The stripes four words a vector.
    use super::{KEYS, STRIPE};
    use std::arch::x86_64::*;

    /// `stripes_scalar` with AVX2.
    ///
    /// # Safety
    /// The CPU must have AVX2.
    #[target_feature(enable = "avx2")]
    pub unsafe fn stripes_avx2(acc: &mut [u64; 8], bytes: &[u8]) {
        // SAFETY: `acc` and `KEYS` are 8 u64s each: two unaligned 256-bit
        // loads and stores of each stay inside them.
        unsafe {
            let a = acc.as_mut_ptr().cast::<__m256i>();
            let k = KEYS.as_ptr().cast::<__m256i>();
            let (mut lo, mut hi) = (_mm256_loadu_si256(a), _mm256_loadu_si256(a.add(1)));
            let (k_lo, k_hi) = (_mm256_loadu_si256(k), _mm256_loadu_si256(k.add(1)));
            for stripe in bytes.chunks_exact(STRIPE) {
                // SAFETY: a stripe is 64 bytes: two unaligned 32-byte loads.
                let p = stripe.as_ptr().cast::<__m256i>();
                let (w_lo, w_hi) = (_mm256_loadu_si256(p), _mm256_loadu_si256(p.add(1)));
                lo = _mm256_add_epi64(lo, step(w_lo, k_lo));
                hi = _mm256_add_epi64(hi, step(w_hi, k_hi));
            }
            _mm256_storeu_si256(a, lo);
            _mm256_storeu_si256(a.add(1), hi);
        }
    }

    /// What four words add to their accumulators: each word's halves'
    /// product (after the key) plus its neighbour (`i ^ 1`) word.
    #[inline]
    #[target_feature(enable = "avx2")]
    fn step(w: __m256i, k: __m256i) -> __m256i {
        let x = _mm256_xor_si256(w, k);
        let product = _mm256_mul_epu32(x, _mm256_srli_epi64(x, 32));
        // Swaps the two 64-bit words of each 128-bit half: 0<->1, 2<->3.
        let neighbour = _mm256_shuffle_epi32(w, 0b01_00_11_10);
        _mm256_add_epi64(product, neighbour)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic test bytes.
    fn bytes(n: usize) -> Vec<u8> {
        let mut x = 0x1234_5678_9abc_def0u64;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    #[test]
    fn every_bit_counts() {
        let data = bytes(200);
        let base = checksum(&[&data[..13], &data[13..]]);
        for at in 0..data.len() {
            for bit in 0..8 {
                let mut d = data.clone();
                d[at] ^= 1 << bit;
                assert_ne!(checksum(&[&d[..13], &d[13..]]), base, "byte {at} bit {bit}");
            }
        }
        assert_ne!(checksum(&[&data[..199]]), checksum(&[&data[..200]]));
        // Trailing zeros are seen through the length.
        let mut longer = data.clone();
        longer.push(0);
        assert_ne!(checksum(&[&longer]), checksum(&[&data]));
    }

    #[test]
    fn parts_are_one_stream() {
        let data = bytes(1000);
        let whole = checksum(&[&data]);
        for cut in [0, 1, 63, 64, 65, 500, 999, 1000] {
            let (a, b) = data.split_at(cut);
            assert_eq!(checksum(&[a, b]), whole, "cut at {cut}");
            assert_eq!(
                checksum(&[&a[..cut / 2], &a[cut / 2..], b]),
                whole,
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn the_vector_path_gives_the_scalar_result() {
        let data = bytes(64 * 37);
        let mut scalar = KEYS;
        stripes_scalar(&mut scalar, &data);
        let mut any = KEYS;
        stripes(&mut any, &data);
        assert_eq!(any, scalar);
    }
}
