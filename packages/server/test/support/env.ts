// Cheaper password hashing in tests only (same algorithm, smaller N); the rest of the config is the real one.
process.env.SCRYPT_LOG_N = '12';
process.env.NODE_ENV = 'test';
