//! Resetting a released slot: only its written pages (`dirty_pages`), the
//! first `keep` bytes zeroed in place so they stay resident, the rest
//! returned to the OS, where anonymous pages read back as zeros and pages
//! of a private file mapping (a memory image) as the file's bytes.

use super::dirty_pages::for_each_written_run;
use crate::runtime::code_memory::page_size;

/// A keep-resident size rounded up to whole host pages (all of memory for
/// a size too large to round).
pub fn whole_pages(bytes: usize) -> usize {
    let page = page_size();
    bytes
        .checked_next_multiple_of(page)
        .unwrap_or(usize::MAX / page * page)
}

/// Resets the `len` bytes at `base`: the written pages of the first
/// `keep` are zeroed in place, unless they lie inside `image` (a range of
/// offsets), where they go back to the OS so that they read as the image
/// again; everything from `keep` on goes back to the OS. (Finding written
/// pages costs a system call, so it is done only where pages are kept.)
/// `keep`, `len` and `image` are multiples of the host page. `false` if
/// the OS refused, and the slot is not reset.
pub fn reset_written_pages(base: *mut u8, len: usize, keep: usize, image: (usize, usize)) -> bool {
    let keep = keep.min(len);
    let (img_start, img_end) = image;
    let discard = |a: usize, b: usize| {
        // SAFETY: a page-aligned range inside the slot, which nothing uses.
        a == b || unsafe { libc::madvise(base.add(a).cast(), b - a, libc::MADV_DONTNEED) } == 0
    };
    let mut ok = true;
    for_each_written_run(base, keep, |from, to| {
        let mut cuts = [from, img_start, img_end, to].map(|c| c.clamp(from, to));
        cuts.sort_unstable();
        for piece in cuts.windows(2) {
            let (a, b) = (piece[0], piece[1]);
            if a >= img_start && b <= img_end {
                ok &= discard(a, b);
            } else {
                // SAFETY: the range lies inside the slot, which nothing uses.
                unsafe { std::ptr::write_bytes(base.add(a), 0, b - a) };
            }
        }
    });
    ok && discard(keep, len)
}
