//! Compiles `proto/` with protox (pure Rust, no system `protoc`) into tonic/prost code, and
//! writes the encoded `FileDescriptorSet` that server reflection serves.

use prost::Message;
use std::{env, fs, path::PathBuf};

const PROTOS: &[&str] = &[
    "proto/claimtracker/v1/claimtracker.proto",
    "proto/claimtracker/storage/v1/storage.proto",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let fds = protox::compile(PROTOS, ["proto"])?;
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    // Reflection serves the public contract only: the storage format is private.
    let mut public = fds.clone();
    public
        .file
        .retain(|f| !f.package().starts_with("claimtracker.storage"));
    // `file_descriptor_set_path` has no effect with `compile_fds`: write the set ourselves.
    fs::write(
        out_dir.join("claimtracker_descriptor.bin"),
        public.encode_to_vec(),
    )?;
    tonic_prost_build::configure()
        .build_server(true)
        .build_client(true)
        .compile_fds(fds)?;
    println!("cargo:rerun-if-changed=proto");
    Ok(())
}
