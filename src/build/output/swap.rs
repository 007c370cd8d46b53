//! Exchanging two folders in one step, where the system can: on Linux,
//! `renameat2(RENAME_EXCHANGE)` swaps two names atomically, so at no moment is the
//! output missing, however the build process ends. Elsewhere, or on file systems
//! without it, the caller falls back to two renames (see `Staging::commit`).

use std::io;
use std::path::Path;

/// Swaps the folders at `a` and `b` (both must exist) in one step.
#[cfg(target_os = "linux")]
pub fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;

    /// From the kernel's `linux/fs.h`.
    const RENAME_EXCHANGE: libc::c_uint = 1 << 1;
    let a = CString::new(a.as_os_str().as_bytes())?;
    let b = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both paths are NUL-terminated strings that outlive the call; the
    // system call reads them and touches no other memory of ours.
    let done = unsafe {
        libc::syscall(
            libc::SYS_renameat2,
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            RENAME_EXCHANGE,
        )
    };
    if done == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Not available here: the caller falls back to two renames.
#[cfg(not(target_os = "linux"))]
pub fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::ErrorKind::Unsupported.into())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn exchanges_two_folders() {
        let d = tempfile::tempdir().unwrap();
        let (a, b) = (d.path().join("a"), d.path().join("b"));
        std::fs::create_dir(&a).unwrap();
        std::fs::create_dir(&b).unwrap();
        std::fs::write(a.join("from-a"), "").unwrap();
        std::fs::write(b.join("from-b"), "").unwrap();
        match exchange(&a, &b) {
            Ok(()) => {
                assert!(a.join("from-b").exists() && b.join("from-a").exists());
            }
            // Some file systems (old kernels, some network ones) lack it: nothing moved.
            Err(_) => assert!(a.join("from-a").exists() && b.join("from-b").exists()),
        }
    }
}
