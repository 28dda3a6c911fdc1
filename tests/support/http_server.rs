//! A small HTTP/1.1 test server on 127.0.0.1:0 for the URL cases of the bad-input matrix.
//! Written by hand (std only) because each route must misbehave in one precise way — hang, loop,
//! lie about its length — which is awkward to arrange with a real server crate.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread;
use std::time::Duration;

/// A running server; it lives until the test process ends.
pub struct Server {
    pub addr: SocketAddr,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }
}

/// An article page written for these tests (long enough for Readability).
pub fn article_html(lang: &str, title: &str, paragraph: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>\
         <p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article>\
         <footer>Harbour Gazette, all rights reserved</footer></body></html>"
    )
}

pub const EN_PARA: &str = "The ferry between the two harbour towns resumed its crossings on \
    Tuesday after a week of storms, the operator said, adding that the evening sailing would stay \
    cancelled until the pier lights are repaired.";
pub const RU_PARA: &str = "Паром между двумя портовыми городами возобновил рейсы во вторник после \
    недели штормов, сообщил перевозчик, добавив, что вечерний рейс останется отменённым до ремонта \
    огней на причале.";

/// Start the server. Routes:
/// `/article.html` (UTF-8), `/cp1251.html` (charset in the header), `/meta1251.html` (charset in
/// `<meta>` only), `/404`, `/500`, `/hang` (never answers), `/loop` (redirects to itself),
/// `/big-declared` (Content-Length over the cap), `/big-streamed` (no length, 21 MB body),
/// `/empty.html` (a page without an article), `/redirect` (to `/article.html`).
pub fn start() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            thread::spawn(move || {
                let _ = serve(stream);
            });
        }
    });
    Server { addr }
}

fn serve(mut stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut first = String::new();
    reader.read_line(&mut first)?;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").to_string();
    let reply = |stream: &mut TcpStream, status: &str, ctype: &str, body: &[u8]| {
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )?;
        stream.write_all(body)?;
        stream.flush()
    };
    match path.as_str() {
        "/article.html" => reply(
            &mut stream,
            "200 OK",
            "text/html; charset=utf-8",
            article_html("en", "Ferry resumes crossings", EN_PARA).as_bytes(),
        ),
        "/cp1251.html" => {
            let page = article_html("ru", "Паром возобновил рейсы", RU_PARA)
                .replace("<meta charset=\"utf-8\">", "");
            let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&page);
            reply(
                &mut stream,
                "200 OK",
                "text/html; charset=windows-1251",
                &bytes,
            )
        }
        "/meta1251.html" => {
            let page = article_html("ru", "Паром возобновил рейсы", RU_PARA)
                .replace("utf-8", "windows-1251");
            let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&page);
            reply(&mut stream, "200 OK", "text/html", &bytes)
        }
        "/empty.html" => reply(
            &mut stream,
            "200 OK",
            "text/html",
            b"<html><body><nav></nav></body></html>",
        ),
        "/404" => reply(&mut stream, "404 Not Found", "text/plain", b"no such page"),
        "/500" => reply(
            &mut stream,
            "500 Internal Server Error",
            "text/plain",
            b"server broke",
        ),
        "/hang" => {
            thread::sleep(Duration::from_secs(60));
            Ok(())
        }
        "/loop" | "/redirect" => {
            let to = if path == "/loop" {
                "/loop"
            } else {
                "/article.html"
            };
            write!(
                stream,
                "HTTP/1.1 302 Found\r\nLocation: {to}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )?;
            stream.flush()
        }
        "/big-declared" => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                100 * 1024 * 1024
            )?;
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..1600 {
                stream.write_all(&chunk)?;
            }
            Ok(())
        }
        "/big-streamed" => {
            write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\n\r\n"
            )?;
            let chunk = vec![b'a'; 64 * 1024];
            for _ in 0..(21 * 16) {
                stream.write_all(&chunk)?;
            }
            Ok(())
        }
        _ => reply(&mut stream, "404 Not Found", "text/plain", b"unknown route"),
    }
}
