// A file picker for Credlens export files: hands the chosen file on once and clears itself, so
// choosing the same file again imports again.

export function ImportFile({ label, onFile }: { label: string; onFile(file: File): void }) {
  return (
    <label class="row">
      <span>{label}</span>
      <input
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file !== undefined) onFile(file);
          event.currentTarget.value = '';
        }}
      />
    </label>
  );
}
