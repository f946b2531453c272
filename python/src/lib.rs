//! Python bindings of jianbao: `parse`, `parse_many` and `quantities`, returning the JSON
//! documents of `spec/interface.md` as Python dicts and lists.
//!
//! Documents cross into Python as JSON text read by the standard `json` module: the shape is then
//! exactly the command line's, and the serialising runs in the parser threads, without the GIL.

use jianbao::{Options, parse_bytes};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One input: bytes in any encoding, or text.
enum Input {
    Bytes(PyBackedBytes),
    Text(PyBackedStr),
}

impl Input {
    fn from_py(item: &Bound<'_, PyAny>) -> PyResult<Self> {
        if let Ok(s) = item.extract::<PyBackedStr>() {
            return Ok(Input::Text(s));
        }
        if let Ok(b) = item.extract::<PyBackedBytes>() {
            return Ok(Input::Bytes(b));
        }
        Err(PyTypeError::new_err(format!(
            "jianbao parses bytes or str, not {}",
            item.get_type().name()?
        )))
    }

    fn bytes(&self) -> &[u8] {
        match self {
            Input::Bytes(b) => b,
            Input::Text(s) => s.as_bytes(),
        }
    }
}

/// The document as JSON text, or the error message.
fn parse_json(bytes: &[u8], options: &Options) -> Result<String, String> {
    let parsed = parse_bytes(bytes, options).map_err(|e| e.to_string())?;
    serde_json::to_string(&parsed.document).map_err(|e| e.to_string())
}

fn json_loads<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.getattr("loads")?.call1((text,))
}

fn options(
    max_input_bytes: Option<usize>,
    quantities: bool,
    max_section_depth: usize,
    charset: Option<&str>,
) -> Options {
    Options::default()
        .max_input_bytes(max_input_bytes.unwrap_or(jianbao::DEFAULT_MAX_INPUT_BYTES))
        .quantities(quantities)
        .max_section_depth(max_section_depth)
        .charset_hint(charset)
}

/// Parses one page or bulletin into the JSON document of the command line (as a dict).
///
/// ``data`` is raw bytes in any encoding (HTML, text or markdown), or ``str``. ``charset`` is a
/// charset declared outside the bytes (an HTTP ``Content-Type``), used when the page declares
/// none and the bytes agree. Raises ``ValueError`` when the input is larger than
/// ``max_input_bytes`` (64 MiB by default). The GIL is released while parsing.
#[pyfunction]
#[pyo3(signature = (data, *, max_input_bytes=None, quantities=true, max_section_depth=4, charset=None))]
fn parse<'py>(
    py: Python<'py>,
    data: &Bound<'py, PyAny>,
    max_input_bytes: Option<usize>,
    quantities: bool,
    max_section_depth: usize,
    charset: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let input = Input::from_py(data)?;
    let options = options(max_input_bytes, quantities, max_section_depth, charset);
    let json = py
        .detach(|| parse_json(input.bytes(), &options))
        .map_err(PyValueError::new_err)?;
    json_loads(py, &json)
}

/// Parses a list of inputs (bytes or str) on ``threads`` threads (default: the cores) without
/// holding the GIL, and returns their documents in input order. An input that cannot be parsed
/// (too large) gives ``{"error": "..."}`` in its place rather than raising, so one bad page does
/// not lose a batch. ``charsets``, when given, is a list as long as ``items`` of charset hints
/// (``str`` or ``None``), one for each input.
#[pyfunction]
#[pyo3(signature = (items, *, threads=None, max_input_bytes=None, quantities=true, max_section_depth=4, charsets=None))]
#[allow(clippy::too_many_arguments)]
fn parse_many<'py>(
    py: Python<'py>,
    items: &Bound<'py, PyAny>,
    threads: Option<usize>,
    max_input_bytes: Option<usize>,
    quantities: bool,
    max_section_depth: usize,
    charsets: Option<Vec<Option<String>>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let inputs: Vec<Input> = items
        .try_iter()?
        .map(|item| Input::from_py(&item?))
        .collect::<PyResult<_>>()?;
    if charsets.as_ref().is_some_and(|c| c.len() != inputs.len()) {
        return Err(PyValueError::new_err("charsets must be as long as items"));
    }
    let base = options(max_input_bytes, quantities, max_section_depth, None);
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from))
        .clamp(1, inputs.len().max(1));
    let results: Vec<Result<String, String>> = py.detach(|| {
        let next = AtomicUsize::new(0);
        let run = || {
            let mut done = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(input) = inputs.get(i) else { break };
                let hint = charsets.as_ref().and_then(|c| c[i].as_deref());
                let result = if hint.is_some() {
                    parse_json(input.bytes(), &base.clone().charset_hint(hint))
                } else {
                    parse_json(input.bytes(), &base)
                };
                done.push((i, result));
            }
            done
        };
        let mut slots: Vec<Result<String, String>> = (0..inputs.len())
            .map(|_| Err("the parser thread stopped".to_string()))
            .collect();
        std::thread::scope(|s| {
            let handles: Vec<_> = (0..threads).map(|_| s.spawn(run)).collect();
            for handle in handles {
                for (i, result) in handle.join().unwrap_or_default() {
                    slots[i] = result;
                }
            }
        });
        slots
    });
    results
        .into_iter()
        .map(|r| match r {
            Ok(json) => json_loads(py, &json),
            Err(error) => {
                let dict = pyo3::types::PyDict::new(py);
                dict.set_item("error", error)?;
                Ok(dict.into_any())
            }
        })
        .collect()
}

/// The quantities of ``text``: a list of dicts (text, span, value, approx, unit, subject, kind,
/// number …), spans in UTF-8 byte offsets into ``text``.
#[pyfunction]
fn quantities<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let text = text.to_owned();
    let json = py
        .detach(|| serde_json::to_string(&jianbao::quantities::extract(&text)))
        .map_err(|e| PyValueError::new_err(e.to_string()))?;
    json_loads(py, &json)
}

/// The annotated HTML view of one page or bulletin (what ``jianbao view`` writes): a
/// self-contained page with no script, every item the parser found marked by its span. Options
/// as for :func:`parse`. The GIL is released while parsing and rendering.
#[pyfunction]
#[pyo3(signature = (data, *, max_input_bytes=None, quantities=true, max_section_depth=4, charset=None))]
fn view(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    max_input_bytes: Option<usize>,
    quantities: bool,
    max_section_depth: usize,
    charset: Option<&str>,
) -> PyResult<String> {
    let input = Input::from_py(data)?;
    let options = options(max_input_bytes, quantities, max_section_depth, charset);
    py.detach(|| {
        jianbao::parse_bytes(input.bytes(), &options)
            .map(|parsed| jianbao::view::render(&parsed))
            .map_err(|e| e.to_string())
    })
    .map_err(PyValueError::new_err)
}

/// The native part of the ``jianbao`` package.
#[pymodule]
fn _jianbao(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(quantities, m)?)?;
    m.add_function(wrap_pyfunction!(view, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
