export { UploadRejected, type UploadRejectionReason } from './errors.ts';
export { safeFileName, fileExtension } from './safe-name.ts';
export { sniffFileType, type SniffedType } from './sniff.ts';
export { checkZipSafety, DEFAULT_ZIP_LIMITS, type ZipLimits, type ZipSummary } from './zip-safety.ts';
export { readZipDirectory, type ZipEntry, type ZipDirectory } from './zip-directory.ts';
export { checkUpload, type UploadToCheck, type CheckedUpload } from './upload.ts';
