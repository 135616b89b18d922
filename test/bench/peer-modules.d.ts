// The digitalbazaar packages ship no type declarations; the benchmark only calls them.
declare module '@digitalbazaar/vc';
declare module '@digitalbazaar/data-integrity';
declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
declare module '@digitalbazaar/security-document-loader';
declare module '@digitalbazaar/ecdsa-multikey';
declare module '@digitalbazaar/ecdsa-rdfc-2019-cryptosuite';
declare module '@digitalbazaar/ecdsa-jcs-2019-cryptosuite';
declare module '@digitalbazaar/ecdsa-sd-2023-cryptosuite';
declare module '@digitalbazaar/ed25519-signature-2018';
declare module '@digitalbazaar/ed25519-verification-key-2018';
