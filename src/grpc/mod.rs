//! The gRPC surface: server wiring (placeholder until implemented).
