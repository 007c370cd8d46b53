//! PDFs in the preview (`pdf: true` in `site.yaml`, or `serve --pdf`): after a rebuild
//! has reloaded the pages, the people it touched are printed again on a thread of
//! their own, so printing (seconds) never holds up a reload (milliseconds).
//!
//! Takes the site builder of the last good build and the slugs it rebuilt; prints
//! through the build's cache (an unchanged person is not printed again) into the
//! preview folder, each PDF renamed into place when complete, so until then the page's
//! link serves the previous one. Says in the terminal what was printed, and errors as
//! the build shows them, without stopping the preview. It does not decide what a
//! change means (see [`super::plan`]).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::Arc;

use crate::build::pdf::Plan;
use crate::build::SiteBuilder;

/// One request: print these people with this build's builder.
struct Job {
    builder: Arc<SiteBuilder>,
    slugs: Vec<String>,
}

/// The background printer. Dropping it lets the thread end once its work is done.
pub struct PdfPrinter {
    jobs: Sender<Job>,
}

impl PdfPrinter {
    /// Starts the printing thread, writing into the preview's `output`.
    pub fn start(output: PathBuf) -> std::io::Result<PdfPrinter> {
        let (jobs, queue) = channel();
        std::thread::Builder::new()
            .name("vitae-pdf".into())
            .spawn(move || run(&queue, &output))?;
        Ok(PdfPrinter { jobs })
    }

    /// Asks for `slugs` to be printed after the rebuild that `builder` did; returns at
    /// once. Nothing happens when the site does not print PDFs.
    pub fn submit(&self, builder: Arc<SiteBuilder>, slugs: Vec<String>) {
        if *builder.pdf_plan() == Plan::Off || slugs.is_empty() {
            return;
        }
        let _ = self.jobs.send(Job { builder, slugs });
    }
}

fn run(queue: &Receiver<Job>, output: &std::path::Path) {
    let mut told_no_browser = false;
    let mut first = true;
    while let Ok(job) = queue.recv() {
        // Saves that came in while the last PDF printed are done together, with the
        // newest builder: printing each in turn would only print stale pages.
        let mut builder = job.builder;
        let mut slugs: BTreeSet<String> = job.slugs.into_iter().collect();
        while let Ok(more) = queue.try_recv() {
            builder = more.builder;
            slugs.extend(more.slugs);
        }
        match builder.pdf_plan() {
            Plan::Off => continue,
            Plan::NoBrowser(message) => {
                if !told_no_browser {
                    eprintln!("warning: {message}");
                    told_no_browser = true;
                }
                continue;
            }
            Plan::On(_) => {}
        }
        let slugs: Vec<String> = slugs.into_iter().collect();
        for result in builder.print_pdfs(&slugs, output) {
            match result {
                Ok(p) if !p.cached || first => eprintln!("pdf: {}", line(&p, first)),
                Ok(_) => {}
                Err(e) => eprint!("{}", e.report()),
            }
        }
        first = false;
    }
}

/// `ada/ada.pdf re-printed (1 page)`; the first build's are `printed`.
fn line(p: &crate::build::pdf::Printed, first: bool) -> String {
    let how = match (first, p.cached) {
        (_, true) => "unchanged",
        (true, false) => "printed",
        (false, false) => "re-printed",
    };
    let unit = if p.pages == 1 { "page" } else { "pages" };
    format!("{} {how} ({} {unit})", p.path, p.pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::pdf::Printed;

    #[test]
    fn terminal_lines() {
        let p = Printed {
            path: "ada/ada.pdf".into(),
            pages: 1,
            cached: false,
        };
        assert_eq!(line(&p, false), "ada/ada.pdf re-printed (1 page)");
        assert_eq!(line(&p, true), "ada/ada.pdf printed (1 page)");
        let two = Printed {
            pages: 2,
            cached: true,
            ..p
        };
        assert_eq!(line(&two, true), "ada/ada.pdf unchanged (2 pages)");
    }
}
