//! The WASI sandbox (issue 12): no guest path leaves its preopened
//! directory. Each test runs WASI calls from a WAT guest through the Rust
//! API against a preopened `sandbox/` beside an `outside/` folder and checks
//! the exact errno (the one wasmtime's WASI returns for the same call) and
//! that nothing outside was read, written, created or deleted: `..` chains,
//! absolute paths, symlinks pointing out (relative and absolute, as the last
//! component or a parent), symlinks the guest creates, a symlink swapped
//! for a directory while the guest opens through it, hard links, the
//! preopen's parent, and a read-only preopen.

mod common;

use common::wasi::*;
use wasmrt::wasi::{DirPerms, FilePerms, WasiCtx, WasiCtxBuilder};

/// A context preopening `scratch`'s sandbox read-write as fd 3.
fn ctx(scratch: &Scratch) -> WasiCtx {
    WasiCtxBuilder::new()
        .preopened_dir(
            scratch.sandbox(),
            "/sandbox",
            DirPerms::all(),
            FilePerms::all(),
        )
        .unwrap()
        .build()
}

/// The sandbox's preopen.
const SANDBOX: u32 = 3;

/// `path_open`, `path_filestat_get` (with and without following) and every
/// mutating path call on `path` fail with `errno`.
fn refused_everywhere(g: &mut Guest, path: &str, errno: i32) {
    for follow in [FOLLOW, NOFOLLOW] {
        assert_eq!(
            g.open_read(SANDBOX, follow, path),
            Err(errno),
            "open {path} ({follow})"
        );
        assert_eq!(
            g.path_open(SANDBOX, follow, path, OFLAGS_CREAT, RIGHTS_FD_WRITE),
            Err(errno),
            "create {path} ({follow})"
        );
        assert_eq!(
            g.path_filestat_get(SANDBOX, follow, path),
            Err(errno),
            "stat {path} ({follow})"
        );
        assert_eq!(
            g.path_filestat_set_times(SANDBOX, follow, path),
            Err(errno),
            "set times {path} ({follow})"
        );
    }
    assert_eq!(
        g.path_create_directory(SANDBOX, path),
        Err(errno),
        "mkdir {path}"
    );
    assert_eq!(
        g.path_remove_directory(SANDBOX, path),
        Err(errno),
        "rmdir {path}"
    );
    assert_eq!(
        g.path_unlink_file(SANDBOX, path),
        Err(errno),
        "unlink {path}"
    );
    assert_eq!(
        g.path_readlink(SANDBOX, path),
        Err(errno),
        "readlink {path}"
    );
    assert_eq!(
        g.path_symlink("inside.txt", SANDBOX, path),
        Err(errno),
        "symlink {path}"
    );
    assert_eq!(
        g.path_rename(SANDBOX, "inside.txt", SANDBOX, path),
        Err(errno),
        "rename to {path}"
    );
    assert_eq!(
        g.path_rename(SANDBOX, path, SANDBOX, "moved"),
        Err(errno),
        "rename {path}"
    );
    assert_eq!(
        g.path_link(SANDBOX, "inside.txt", SANDBOX, path),
        Err(errno),
        "link to {path}"
    );
    assert_eq!(
        g.path_link(SANDBOX, path, SANDBOX, "linked"),
        Err(errno),
        "link {path}"
    );
}

/// The sandbox holds what `Scratch` put there, untouched.
fn sandbox_untouched(g: &mut Guest) {
    assert_eq!(
        g.read_file(SANDBOX, FOLLOW, "inside.txt").unwrap(),
        b"inside contents"
    );
    for made in ["moved", "linked"] {
        assert_eq!(
            g.path_filestat_get(SANDBOX, NOFOLLOW, made),
            Err(NOENT),
            "{made}"
        );
    }
}

#[test]
fn dotdot_chains_are_refused() {
    let scratch = Scratch::new("sandbox-dotdot");
    std::fs::create_dir(scratch.sandbox().join("a")).unwrap();
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));
    // A missing first component fails before `..` is reached.
    assert_eq!(g.open_read(SANDBOX, FOLLOW, "missing/../../x"), Err(NOENT));
    for path in [
        "..",
        "../outside",
        "../outside/secret.txt",
        "../outside/new",
        "sub/../..",
        "sub/../../outside/secret.txt",
        "sub/../../outside/sub",
        "a/../../x",
        "../../../etc/passwd",
        "./../sandbox/inside.txt",
        "sub/./../../outside/new",
    ] {
        refused_everywhere(&mut g, path, PERM);
    }
    sandbox_untouched(&mut g);
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn absolute_paths_are_refused() {
    let scratch = Scratch::new("sandbox-absolute");
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));
    let secret = scratch.outside().join("secret.txt");
    let inside = scratch.sandbox().join("inside.txt");
    let new = scratch.outside().join("new");
    for path in [
        "/",
        "/etc/passwd",
        "/sandbox/inside.txt",
        secret.to_str().unwrap(),
        inside.to_str().unwrap(),
        new.to_str().unwrap(),
    ] {
        refused_everywhere(&mut g, path, PERM);
    }
    sandbox_untouched(&mut g);
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn symlinks_pointing_out_are_not_followed() {
    let scratch = Scratch::new("sandbox-symlinks");
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));
    // As the last component: following fails with PERM; not following,
    // opening a symlink is LOOP (O_NOFOLLOW), and stat sees the link.
    for link in ["rel_out", "abs_out", "sub/deep_out"] {
        assert_eq!(g.open_read(SANDBOX, FOLLOW, link), Err(PERM), "{link}");
        assert_eq!(g.open_read(SANDBOX, NOFOLLOW, link), Err(LOOP), "{link}");
        assert_eq!(
            g.path_open(SANDBOX, FOLLOW, link, OFLAGS_TRUNC, RIGHTS_FD_WRITE),
            Err(PERM),
            "{link}"
        );
        assert_eq!(
            g.path_filestat_get(SANDBOX, FOLLOW, link),
            Err(PERM),
            "{link}"
        );
        // filetype 7: symbolic_link.
        assert_eq!(
            g.path_filestat_get(SANDBOX, NOFOLLOW, link),
            Ok(7),
            "{link}"
        );
        assert_eq!(
            g.path_filestat_set_times(SANDBOX, FOLLOW, link),
            Err(PERM),
            "{link}"
        );
    }
    for link in ["rel_dir_out", "abs_dir_out"] {
        assert_eq!(
            g.path_open(SANDBOX, FOLLOW, link, OFLAGS_DIRECTORY, RIGHTS_FD_READ),
            Err(PERM),
            "{link}"
        );
        assert_eq!(
            g.path_filestat_get(SANDBOX, FOLLOW, link),
            Err(PERM),
            "{link}"
        );
        // rmdir of a symlink: ENOTDIR, and the target stays.
        assert_eq!(
            g.path_remove_directory(SANDBOX, link),
            Err(NOTDIR),
            "{link}"
        );
        // As a parent, every call refuses the path, following or not.
        for path in ["secret.txt", "new", "sub", "sub/new"] {
            refused_everywhere(&mut g, &format!("{link}/{path}"), PERM);
        }
    }
    // path_readlink returns a relative link's text without following it;
    // that text, used as a path, is refused. An absolute link's text would
    // tell the guest a host path: refused, as wasmtime does.
    assert_eq!(
        g.path_readlink(SANDBOX, "rel_out").unwrap(),
        "../outside/secret.txt"
    );
    assert_eq!(
        g.path_readlink(SANDBOX, "rel_dir_out").unwrap(),
        "../outside"
    );
    assert_eq!(
        g.open_read(SANDBOX, FOLLOW, "../outside/secret.txt"),
        Err(PERM)
    );
    assert_eq!(g.path_readlink(SANDBOX, "abs_out"), Err(PERM));
    assert_eq!(g.path_readlink(SANDBOX, "abs_dir_out"), Err(PERM));
    // Renaming or hard-linking the symlink itself keeps it a symlink
    // inside the sandbox, which still cannot be followed.
    g.path_rename(SANDBOX, "rel_out", SANDBOX, "renamed_out")
        .unwrap();
    assert_eq!(g.open_read(SANDBOX, FOLLOW, "renamed_out"), Err(PERM));
    g.path_link(SANDBOX, "renamed_out", SANDBOX, "linked_out")
        .unwrap();
    assert_eq!(g.open_read(SANDBOX, FOLLOW, "linked_out"), Err(PERM));
    // Unlinking a symlink that points out removes the link, not its target.
    g.path_unlink_file(SANDBOX, "abs_out").unwrap();
    g.path_unlink_file(SANDBOX, "linked_out").unwrap();
    assert_eq!(
        g.path_unlink_file(SANDBOX, "abs_dir_out/secret.txt"),
        Err(PERM)
    );
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn symlinks_the_guest_creates_cannot_be_followed_out() {
    let scratch = Scratch::new("sandbox-guest-symlinks");
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));
    let abs = scratch.outside().join("secret.txt");
    // A relative target is stored as given (wasmtime too); an absolute one
    // is refused.
    g.path_symlink("../outside/secret.txt", SANDBOX, "mine")
        .unwrap();
    g.path_symlink("../outside", SANDBOX, "mine_dir").unwrap();
    g.path_symlink("sub/../..", SANDBOX, "hop").unwrap();
    g.path_symlink("../mine", SANDBOX, "sub/chain").unwrap();
    g.path_symlink("inside.txt", SANDBOX, "mine_in").unwrap();
    assert_eq!(
        g.path_symlink(abs.to_str().unwrap(), SANDBOX, "abs"),
        Err(PERM)
    );
    assert_eq!(g.path_symlink("/etc/passwd", SANDBOX, "abs"), Err(PERM));
    assert_eq!(g.path_filestat_get(SANDBOX, NOFOLLOW, "abs"), Err(NOENT));
    // Following any of them out fails.
    assert_eq!(g.open_read(SANDBOX, FOLLOW, "mine"), Err(PERM));
    assert_eq!(g.open_read(SANDBOX, NOFOLLOW, "mine"), Err(LOOP));
    assert_eq!(g.open_read(SANDBOX, FOLLOW, "sub/chain"), Err(PERM));
    for path in [
        "mine_dir/secret.txt",
        "hop/outside/secret.txt",
        "mine_dir/new",
    ] {
        refused_everywhere(&mut g, path, PERM);
    }
    // The one pointing inside works.
    assert_eq!(
        g.read_file(SANDBOX, FOLLOW, "mine_in").unwrap(),
        b"inside contents"
    );
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn a_symlink_swapped_for_a_directory_never_leads_out() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};
    let scratch = Scratch::new("sandbox-race");
    let sandbox = scratch.sandbox();
    // `d` is a directory holding `f`; `d.link` a symlink to the outside
    // folder, which holds an `f` of its own.
    std::fs::create_dir(sandbox.join("d")).unwrap();
    std::fs::write(sandbox.join("d/f"), "inside f").unwrap();
    std::fs::write(scratch.outside().join("f"), "outside f").unwrap();
    std::os::unix::fs::symlink("../outside", sandbox.join("d.link")).unwrap();
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));

    // A host thread flips `d` between the directory and the symlink.
    let stop = Arc::new(AtomicBool::new(false));
    let flipper = {
        let stop = stop.clone();
        let sandbox = sandbox.clone();
        std::thread::spawn(move || {
            let mut flips = 0u64;
            while !stop.load(Ordering::Relaxed) {
                std::fs::rename(sandbox.join("d"), sandbox.join("d.dir")).unwrap();
                std::fs::rename(sandbox.join("d.link"), sandbox.join("d")).unwrap();
                std::fs::rename(sandbox.join("d"), sandbox.join("d.link")).unwrap();
                std::fs::rename(sandbox.join("d.dir"), sandbox.join("d")).unwrap();
                flips += 1;
            }
            flips
        })
    };
    let (mut inside, mut refused, mut absent) = (0, 0, 0);
    for i in 0..2000 {
        let follow = if i % 2 == 0 { FOLLOW } else { NOFOLLOW };
        match g.open_read(SANDBOX, follow, "d/f") {
            Ok(fd) => {
                let data = g.fd_read(fd).unwrap();
                g.fd_close(fd).unwrap();
                assert_eq!(data, b"inside f", "iteration {i} opened the outside file");
                inside += 1;
            }
            Err(PERM) => refused += 1,
            Err(NOENT) => absent += 1,
            Err(e) => panic!("iteration {i}: unexpected errno {e}"),
        }
    }
    stop.store(true, Ordering::Relaxed);
    let flips = flipper.join().unwrap();
    eprintln!("{flips} flips: {inside} opened inside, {refused} refused, {absent} absent");
    assert!(flips > 0);
    assert_eq!(inside + refused + absent, 2000);
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn hard_links_across_the_boundary_are_refused() {
    let scratch = Scratch::new("sandbox-hardlinks");
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));
    let abs_secret = scratch.outside().join("secret.txt");
    let abs_new = scratch.outside().join("hl");
    // From inside to outside.
    for target in [
        "../outside/hl",
        "rel_dir_out/hl",
        "abs_dir_out/hl",
        abs_new.to_str().unwrap(),
    ] {
        assert_eq!(
            g.path_link(SANDBOX, "inside.txt", SANDBOX, target),
            Err(PERM),
            "{target}"
        );
    }
    // From outside to inside.
    for source in [
        "../outside/secret.txt",
        "rel_dir_out/secret.txt",
        "abs_dir_out/secret.txt",
        "sub/../../outside/secret.txt",
        abs_secret.to_str().unwrap(),
    ] {
        assert_eq!(
            g.path_link(SANDBOX, source, SANDBOX, "hl"),
            Err(PERM),
            "{source}"
        );
        assert_eq!(
            g.path_rename(SANDBOX, source, SANDBOX, "hl"),
            Err(PERM),
            "{source}"
        );
    }
    assert_eq!(g.path_filestat_get(SANDBOX, NOFOLLOW, "hl"), Err(NOENT));
    // Inside the sandbox hard links work.
    g.path_link(SANDBOX, "inside.txt", SANDBOX, "sub/hl")
        .unwrap();
    assert_eq!(
        g.read_file(SANDBOX, FOLLOW, "sub/hl").unwrap(),
        b"inside contents"
    );
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn the_preopens_parent_cannot_be_opened() {
    let scratch = Scratch::new("sandbox-parent");
    let before = scratch.outside_snapshot();
    let mut g = Guest::new(ctx(&scratch));
    for path in ["..", "../", "./..", "sub/../..", "../sandbox"] {
        assert_eq!(
            g.path_open(SANDBOX, FOLLOW, path, OFLAGS_DIRECTORY, RIGHTS_FD_READ),
            Err(PERM),
            "{path}"
        );
        assert_eq!(g.open_read(SANDBOX, NOFOLLOW, path), Err(PERM), "{path}");
    }
    // `.` is the preopen itself: fine.
    let dot = g
        .path_open(SANDBOX, FOLLOW, ".", OFLAGS_DIRECTORY, RIGHTS_DIR)
        .unwrap();
    assert_eq!(
        g.read_file(dot, FOLLOW, "inside.txt").unwrap(),
        b"inside contents"
    );
    // A directory opened beneath the preopen is a sandbox of its own: its
    // `..` is refused even though it would still be inside the preopen,
    // as in wasmtime.
    let sub = g
        .path_open(SANDBOX, FOLLOW, "sub", OFLAGS_DIRECTORY, RIGHTS_DIR)
        .unwrap();
    assert_eq!(g.open_read(sub, FOLLOW, "../inside.txt"), Err(PERM));
    assert_eq!(g.open_read(sub, FOLLOW, ".."), Err(PERM));
    assert_eq!(g.open_read(sub, FOLLOW, "deep_out"), Err(PERM));
    g.fd_close(sub).unwrap();
    g.fd_close(dot).unwrap();
    assert_eq!(scratch.outside_snapshot(), before);
}

#[test]
fn a_read_only_preopen_refuses_every_change() {
    let scratch = Scratch::new("sandbox-readonly");
    std::fs::create_dir(scratch.root.join("rw")).unwrap();
    let before = snapshot(&scratch.sandbox());
    let ctx = WasiCtxBuilder::new()
        .preopened_dir(scratch.sandbox(), "/ro", DirPerms::READ, FilePerms::READ)
        .unwrap()
        .preopened_dir(
            scratch.root.join("rw"),
            "/rw",
            DirPerms::all(),
            FilePerms::all(),
        )
        .unwrap()
        .build();
    const RO: u32 = 3;
    const RW: u32 = 4;
    let mut g = Guest::new(ctx);
    // Reading works.
    assert_eq!(
        g.read_file(RO, FOLLOW, "inside.txt").unwrap(),
        b"inside contents"
    );
    assert_eq!(
        g.read_file(RO, FOLLOW, "rel_in").unwrap(),
        b"inside contents"
    );
    // Creating, truncating and writing.
    let rw_rights = RIGHTS_FD_READ | RIGHTS_FD_WRITE;
    assert_eq!(
        g.path_open(RO, FOLLOW, "new", OFLAGS_CREAT, RIGHTS_FD_READ),
        Err(PERM)
    );
    assert_eq!(
        g.path_open(RO, FOLLOW, "inside.txt", 0, RIGHTS_FD_WRITE),
        Err(PERM)
    );
    assert_eq!(
        g.path_open(RO, FOLLOW, "inside.txt", 0, rw_rights),
        Err(PERM)
    );
    assert_eq!(
        g.path_open(RO, FOLLOW, "inside.txt", OFLAGS_TRUNC, RIGHTS_FD_READ),
        Err(PERM)
    );
    assert_eq!(g.path_create_directory(RO, "newdir"), Err(PERM));
    assert_eq!(g.path_symlink("inside.txt", RO, "newlink"), Err(PERM));
    assert_eq!(g.path_link(RO, "inside.txt", RO, "newhl"), Err(PERM));
    let fd = g.open_read(RO, FOLLOW, "inside.txt").unwrap();
    assert_eq!(g.fd_write(fd, b"overwritten"), Err(BADF));
    assert_eq!(g.fd_filestat_set_times(fd), Err(PERM));
    g.fd_close(fd).unwrap();
    assert_eq!(
        g.path_filestat_set_times(RO, FOLLOW, "inside.txt"),
        Err(PERM)
    );
    assert_eq!(g.path_filestat_set_times(RO, NOFOLLOW, "rel_in"), Err(PERM));
    // Deleting.
    assert_eq!(g.path_unlink_file(RO, "inside.txt"), Err(PERM));
    assert_eq!(g.path_unlink_file(RO, "rel_in"), Err(PERM));
    assert_eq!(g.path_remove_directory(RO, "sub"), Err(PERM));
    // Renaming, within it and to or from a writable preopen; hard-linking
    // its files into a writable preopen (where they could be written).
    assert_eq!(g.path_rename(RO, "inside.txt", RO, "moved"), Err(PERM));
    assert_eq!(g.path_rename(RO, "inside.txt", RW, "moved"), Err(PERM));
    assert_eq!(g.path_link(RO, "inside.txt", RW, "linked"), Err(PERM));
    g.path_open(RW, FOLLOW, "mine", OFLAGS_CREAT, rw_rights)
        .unwrap();
    assert_eq!(g.path_rename(RW, "mine", RO, "mine"), Err(PERM));
    assert_eq!(g.path_link(RW, "mine", RO, "mine"), Err(PERM));
    assert_eq!(snapshot(&scratch.sandbox()), before);
    assert_eq!(
        snapshot(&scratch.root.join("rw"))
            .0
            .keys()
            .collect::<Vec<_>>(),
        ["/", "mine/"]
    );
}
