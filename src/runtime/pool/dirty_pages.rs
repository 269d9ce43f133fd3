//! Which pages of a pool slot need resetting: those holding something a
//! fresh mapping would not (written anonymous pages, copy-on-write copies
//! of image pages, swapped-out pages), found with Linux's `PAGEMAP_SCAN`
//! ioctl on `/proc/self/pagemap` (Linux 6.7 and later). A slot nobody
//! wrote to then costs no `madvise` at all. Where the ioctl is missing, or
//! in a child process forked after the file was opened (whose descriptor
//! would describe the parent), every page counts as written.

use std::fs::File;
use std::os::fd::AsRawFd;
use std::sync::OnceLock;

/// `struct page_region` of `<linux/fs.h>`.
#[repr(C)]
#[derive(Clone, Copy, Default)]
struct PageRegion {
    start: u64,
    end: u64,
    categories: u64,
}

/// `struct pm_scan_arg` of `<linux/fs.h>`.
#[repr(C)]
struct PmScanArg {
    size: u64,
    flags: u64,
    start: u64,
    end: u64,
    walk_end: u64,
    vec: u64,
    vec_len: u64,
    max_pages: u64,
    category_inverted: u64,
    category_mask: u64,
    category_anyof_mask: u64,
    return_mask: u64,
}

/// `_IOWR('f', 16, struct pm_scan_arg)`.
const PAGEMAP_SCAN: libc::c_ulong =
    (3 << 30) | ((size_of::<PmScanArg>() as libc::c_ulong) << 16) | (0x66 << 8) | 16;
const PAGE_IS_FILE: u64 = 1 << 2;
const PAGE_IS_PRESENT: u64 = 1 << 3;
const PAGE_IS_SWAPPED: u64 = 1 << 4;
const PAGE_IS_PFNZERO: u64 = 1 << 5;

/// The process's pagemap and the process it describes, if the ioctl works.
fn pagemap() -> Option<&'static File> {
    static PAGEMAP: OnceLock<Option<(u32, File)>> = OnceLock::new();
    let (pid, file) = PAGEMAP
        .get_or_init(|| {
            let file = File::open("/proc/self/pagemap").ok()?;
            // Probe on the page holding a local variable.
            let local = 0u8;
            let page = super::super::code_memory::page_size();
            let start = (&raw const local as usize) / page * page;
            let mut one = [PageRegion::default(); 1];
            let works = scan(&file, start as *const u8, page, &mut one).is_some();
            works.then(|| (std::process::id(), file))
        })
        .as_ref()?;
    (*pid == std::process::id()).then_some(file)
}

/// One `PAGEMAP_SCAN` of `[base, base + len)` for written pages, filling
/// `regions`; the number filled and where the walk stopped.
fn scan(
    file: &File,
    base: *const u8,
    len: usize,
    regions: &mut [PageRegion],
) -> Option<(usize, u64)> {
    let mut arg = PmScanArg {
        size: size_of::<PmScanArg>() as u64,
        flags: 0,
        start: base as u64,
        end: base as u64 + len as u64,
        walk_end: 0,
        vec: regions.as_mut_ptr() as u64,
        vec_len: regions.len() as u64,
        max_pages: 0,
        // Present or swapped, and neither a file page (an image page not
        // written) nor the shared zero page (read, never written).
        category_inverted: PAGE_IS_FILE | PAGE_IS_PFNZERO,
        category_mask: PAGE_IS_FILE | PAGE_IS_PFNZERO,
        category_anyof_mask: PAGE_IS_PRESENT | PAGE_IS_SWAPPED,
        return_mask: PAGE_IS_PRESENT | PAGE_IS_SWAPPED,
    };
    // SAFETY: `arg` is a valid `pm_scan_arg` whose `vec` points to
    // `regions.len()` writable entries; the ioctl only reads page tables.
    let n = unsafe { libc::ioctl(file.as_raw_fd(), PAGEMAP_SCAN as _, &mut arg) };
    (n >= 0).then_some((n as usize, arg.walk_end))
}

/// Calls `f(from, to)` with offsets from `base` of each run of pages in
/// `[base, base + len)` that may have been written; all of it as one run
/// when that cannot be found out.
pub fn for_each_written_run(base: *mut u8, len: usize, mut f: impl FnMut(usize, usize)) {
    if len == 0 {
        return;
    }
    let Some(file) = pagemap() else {
        return f(0, len);
    };
    let end = base as u64 + len as u64;
    let mut from = base as u64;
    let mut regions = [PageRegion::default(); 16];
    loop {
        let scanned = scan(file, from as *const u8, (end - from) as usize, &mut regions);
        let Some((n, walk_end)) = scanned else {
            // The scan failed: count what it did not cover as written.
            return f((from - base as u64) as usize, len);
        };
        for r in &regions[..n] {
            f(
                (r.start - base as u64) as usize,
                (r.end - base as u64) as usize,
            );
        }
        if walk_end >= end {
            return;
        }
        if n < regions.len() || walk_end <= from {
            // Stopped early without filling `regions`, or made no
            // progress: count the rest as written.
            return f((walk_end.max(from) - base as u64) as usize, len);
        }
        // `regions` filled up: go on from where the walk stopped.
        from = walk_end;
    }
}

#[cfg(test)]
mod tests {
    use super::for_each_written_run;

    #[test]
    fn written_pages_are_found_and_untouched_ones_are_not() {
        let page = crate::runtime::code_memory::page_size();
        let len = 8 * page;
        // SAFETY: a fresh private anonymous mapping, unmapped below.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        }
        .cast::<u8>();
        assert_ne!(base.cast(), libc::MAP_FAILED);
        // SAFETY: offsets inside the mapping.
        unsafe {
            base.add(page).write(1);
            base.add(2 * page).write(1);
            base.add(5 * page + 7).write(1);
            // Read only: the shared zero page, not written.
            std::ptr::read_volatile(base.add(7 * page));
        }
        let mut runs = Vec::new();
        for_each_written_run(base, len, |a, b| runs.push((a / page, b.div_ceil(page))));
        let whole = vec![(0, 8)];
        // Without PAGEMAP_SCAN, everything counts as written.
        assert!(runs == vec![(1, 3), (5, 6)] || runs == whole, "{runs:?}");
        // SAFETY: our own mapping.
        unsafe { libc::munmap(base.cast(), len) };
    }
}
