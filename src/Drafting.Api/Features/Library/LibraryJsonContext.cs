using System.Text.Json;
using System.Text.Json.Serialization;

namespace Drafting.Api.Features.Library;

/// <summary>Source-generated JSON for the library's part of the contract (camelCase, nulls left out), like DraftingJsonContext.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ImportReportDto))]
[JsonSerializable(typeof(RemovedLibraryDocumentDto))]
[JsonSerializable(typeof(List<LibrarySummaryDto>))]
[JsonSerializable(typeof(LibraryDocumentDto))]
[JsonSerializable(typeof(SearchPageDto))]
[JsonSerializable(typeof(AgreedLanguageDto))]
[JsonSerializable(typeof(ParagraphHistoryDto))]
[JsonSerializable(typeof(DraftParagraphHistoryDto))]
public sealed partial class LibraryJsonContext : JsonSerializerContext;
