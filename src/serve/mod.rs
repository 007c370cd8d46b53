//! `vitae serve`: a local preview that rebuilds as the person edits and reloads open
//! pages.
//!
//! The site is built into a private folder in the system's temp folder (removed on
//! exit), never into `public/`, so `vitae build` output is never touched by the
//! preview. Then, until Ctrl-C:
//! - [`watch`] turns file events into one batch per save, and [`plan`] decides what
//!   the batch means (one person, a static file, or everything);
//! - [`rebuild`] does it, keeping the last good pages when the build fails;
//! - [`livereload`] tells open pages to reload, swap their stylesheets, or show the
//!   build error over the page; [`server`] serves the folder over HTTP.
//!
//! - with `pdf: true` (or `--pdf`), [`pdf`] prints the people a rebuild touched
//!   afterwards, in the background, so the reload never waits for a PDF.
//!
//! If the port is taken, the next free one of the ten after it is used, and said so
//! ([`listen`]).

mod guard;
mod listen;
mod livereload;
mod pdf;
mod plan;
mod rebuild;
mod server;
mod watch;

use std::io;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::build::BuildOptions;

use listen::{bind, local_url};
use livereload::{Event, Reloader};
use pdf::PdfPrinter;
use plan::Plan;
use rebuild::{Rebuilder, Rebuilt};
use server::AppState;
use watch::SiteWatcher;

#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site's folder.
    pub root: PathBuf,
    /// 0 lets the system pick a free port.
    pub port: u16,
    /// The address to listen on; anything but loopback is reachable from other machines.
    pub bind: String,
    /// Open the site in the default browser once it is served.
    pub open: bool,
    /// Print PDFs (`--pdf`) even when `site.yaml` does not say `pdf: true`.
    pub pdf: bool,
}

/// Why the preview could not start. (Build errors don't stop it: they are shown.)
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("{0}: not a folder; give the site's folder with --root")]
    NotAFolder(PathBuf),
    #[error("{0}: not a vitae site (no site.yaml and no content/ folder); create one with `vitae init DIR`, or give the site's folder with --root")]
    NotASite(PathBuf),
    #[error("cannot listen on {addr}: {source}{hint}")]
    Bind {
        addr: String,
        source: io::Error,
        hint: &'static str,
    },
    #[error("{}; choose another with --port (--port 0 takes any free port)", listen::ports_in_use(host, *first, *last))]
    PortsInUse { host: String, first: u16, last: u16 },
    #[error("`{0}` is not an address to listen on; give an IP address or a host name, e.g. --bind 127.0.0.1")]
    BadAddress(String),
    #[error("{what}: {source}")]
    Io {
        what: &'static str,
        source: io::Error,
    },
    #[error("cannot watch the site for changes: {0}")]
    Watch(#[from] notify::Error),
}

fn io_error(what: &'static str) -> impl FnOnce(io::Error) -> ServeError {
    move |source| ServeError::Io { what, source }
}

/// Builds the site, serves it and rebuilds on change, until Ctrl-C (or SIGTERM).
pub fn serve(opts: ServeOptions) -> Result<(), ServeError> {
    if !opts.root.is_dir() {
        return Err(ServeError::NotAFolder(opts.root));
    }
    if !crate::site::is_site(&opts.root) {
        return Err(ServeError::NotASite(opts.root));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(io_error("cannot start the server"))?;
    // Catch Ctrl-C from now on, so even a stop during the first build cleans up.
    let stop = {
        let _context = runtime.enter();
        StopSignal::listen().map_err(io_error("cannot listen for Ctrl-C"))?
    };
    let listener = bind(&opts.bind, opts.port)?;
    let addr = listener
        .local_addr()
        .map_err(io_error("cannot read the server address"))?;
    let preview = PreviewDir::create().map_err(io_error("cannot create the preview folder"))?;
    let output = preview.output();
    let abs_root = std::path::absolute(&opts.root)
        .and_then(|p| p.canonicalize())
        .map_err(io_error("cannot resolve the site folder"))?;

    // Watching starts before the first build, so nothing saved meanwhile is missed.
    let watcher = SiteWatcher::start(&abs_root)?;
    let reloader = Reloader::new();
    // As `zola serve` does: the preview's own address replaces `base_url`, so canonical
    // links and the 404 page (whose links are absolute) point at the preview.
    let url = local_url(addr);
    let build_options = BuildOptions {
        base_url: Some(url.clone()),
        pdf: opts.pdf.then_some(true),
        browser: None,
        // Printing takes seconds: the preview prints after the pages are up.
        pdf_later: true,
        ..BuildOptions::default()
    };
    let printer = PdfPrinter::start(output.clone())
        .map_err(io_error("cannot start the PDF printing thread"))?;
    let mut rebuilder = Rebuilder::new(&opts.root, &output, build_options);
    match rebuilder.rebuild(Plan::everything()) {
        Ok((done, took)) => {
            eprintln!("built {done} in {} ms", took.as_millis());
            print_after(&printer, &rebuilder, &done);
        }
        Err(e) => {
            eprint!("{}", e.report());
            eprintln!("the build failed: serving anyway; the pages reload once it is fixed");
            reloader.send(Event::Error {
                message: e.report(),
            });
        }
    }
    let stopper = watcher.stopper();
    let rebuilds = {
        let reloader = reloader.clone();
        std::thread::Builder::new()
            .name("vitae-rebuild".into())
            .spawn(move || rebuild_loop(watcher, rebuilder, &abs_root, &reloader, &printer))
            .map_err(io_error("cannot start the rebuild thread"))?
    };

    if !addr.ip().is_loopback() {
        eprintln!(
            "warning: listening on {addr}, which other machines can reach: anyone on the \
             network can read the preview (--bind 127.0.0.1 keeps it on this machine)"
        );
    }
    eprintln!("serving {url}");
    eprintln!("watching content/, templates/, themes/, static/ and site.yaml; Ctrl-C stops");
    if opts.open {
        open_browser(&url);
    }

    let hosts = Arc::new(guard::HostPolicy::new(&opts.bind, addr));
    let state = Arc::new(AppState {
        output,
        reloader,
        hosts,
    });
    let result = runtime.block_on(run_server(listener, state, stop));
    eprintln!("stopping");
    stopper.stop();
    let _ = rebuilds.join();
    runtime.shutdown_timeout(Duration::from_secs(1));
    drop(preview);
    result
}

/// Waits for batches of changes and rebuilds, telling open pages, until stopped.
fn rebuild_loop(
    mut watcher: SiteWatcher,
    mut rebuilder: Rebuilder,
    root: &Path,
    pages: &Reloader,
    printer: &PdfPrinter,
) {
    while let Some(batch) = watcher.next_batch() {
        let plan = rebuilder.plan(root, &batch.paths, batch.rescan);
        // While the build is broken any change is a retry: deleting a broken folder
        // that never built fixes the build without touching what was built.
        if plan.is_empty() && !rebuilder.failing() {
            continue;
        }
        let swap_css = plan.css_only() && !rebuilder.failing();
        let changed: Vec<String> = plan
            .changed
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        match rebuilder.rebuild(plan) {
            Ok((done, took)) => {
                eprintln!(
                    "change: {} → rebuilt {done} in {} ms",
                    summarise(&changed),
                    took.as_millis()
                );
                pages.send(if swap_css {
                    Event::Css { changed }
                } else {
                    Event::Reload { changed }
                });
                print_after(printer, &rebuilder, &done);
            }
            Err(e) => {
                eprintln!("change: {} → the build failed", summarise(&changed));
                eprint!("{}", e.report());
                pages.send(Event::Error {
                    message: e.report(),
                });
            }
        }
    }
}

/// Hands the people a rebuild touched to the background printer: those rebuilt, or
/// everyone after a full build or a static file (which the PDFs may use); the cache
/// passes over whoever did not change.
fn print_after(printer: &PdfPrinter, rebuilder: &Rebuilder, done: &Rebuilt) {
    let Some(builder) = rebuilder.builder() else {
        return;
    };
    let slugs = match done {
        Rebuilt::People(slugs) => slugs.clone(),
        Rebuilt::Site { .. } | Rebuilt::StaticFiles(_) => builder.slugs(),
    };
    printer.submit(builder, slugs);
}

fn summarise(changed: &[String]) -> String {
    match changed {
        [] => "files changed".into(),
        [one] => one.clone(),
        [first, rest @ ..] => format!("{first} and {} more", rest.len()),
    }
}

/// Serves until a stop signal, then closes the pages' sockets and lets requests in
/// flight finish (for a few seconds at most).
async fn run_server(
    listener: TcpListener,
    state: Arc<AppState>,
    mut stop: StopSignal,
) -> Result<(), ServeError> {
    listener
        .set_nonblocking(true)
        .map_err(io_error("cannot set up the listener"))?;
    let listener = tokio::net::TcpListener::from_std(listener)
        .map_err(io_error("cannot set up the listener"))?;
    let shutdown = Arc::new(tokio::sync::Notify::new());
    let app = server::router(state.clone());
    let mut server = tokio::spawn({
        let shutdown = shutdown.clone();
        async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move { shutdown.notified().await })
                .await
        }
    });
    tokio::select! {
        ended = &mut server => {
            return match ended {
                Ok(Ok(())) => Ok(()),
                Ok(Err(e)) => Err(ServeError::Io { what: "the server stopped", source: e }),
                Err(e) => Err(ServeError::Io { what: "the server stopped", source: io::Error::other(e) }),
            };
        }
        () = stop.wait() => {}
    }
    state.reloader.close_all();
    shutdown.notify_one();
    let _ = tokio::time::timeout(Duration::from_secs(3), server).await;
    Ok(())
}

fn open_browser(url: &str) {
    let (program, args): (&str, Vec<&str>) = if cfg!(target_os = "macos") {
        ("open", vec![url])
    } else if cfg!(windows) {
        ("cmd", vec!["/C", "start", "", url])
    } else {
        ("xdg-open", vec![url])
    };
    match std::process::Command::new(program)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        Ok(mut child) => {
            std::thread::spawn(move || child.wait());
        }
        Err(e) => eprintln!("warning: cannot open a browser ({program}: {e}); open {url} yourself"),
    }
}

/// The private folder the preview is built into; removed when dropped.
struct PreviewDir(PathBuf);

impl PreviewDir {
    fn create() -> io::Result<PreviewDir> {
        let base = std::env::temp_dir();
        for n in 0..100 {
            let dir = base.join(format!("vitae-serve-{}-{n}", std::process::id()));
            let mut builder = std::fs::DirBuilder::new();
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            match builder.create(&dir) {
                Ok(()) => return Ok(PreviewDir(dir)),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            "no free name in the temp folder",
        ))
    }

    /// The site's folder inside (builds stage beside it, inside the preview folder too).
    fn output(&self) -> PathBuf {
        self.0.join("site")
    }
}

impl Drop for PreviewDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Ctrl-C, and on Unix also SIGTERM (what `kill` and service managers send).
struct StopSignal {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignal {
    /// Must be called inside the runtime; signals are caught from then on.
    fn listen() -> io::Result<StopSignal> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Ok(StopSignal {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        Ok(StopSignal {})
    }

    async fn wait(&mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preview_folder_goes_away() {
        let p = PreviewDir::create().unwrap();
        let dir = p.0.clone();
        std::fs::create_dir_all(p.output().join("x")).unwrap();
        drop(p);
        assert!(!dir.exists());
    }
}
