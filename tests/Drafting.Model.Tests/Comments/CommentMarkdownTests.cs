using Drafting.Model.Comments;

namespace Drafting.Model.Tests.Comments;

public class CommentMarkdownTests
{
    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = CommentMarkdown.ToHtml("See <script>alert(1)</script> and <b>this</b>");
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![img](javascript:alert(1))")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_to_scripts_lose_their_target_and_keep_their_text(string markdown)
    {
        var html = CommentMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Contains("click", html.Replace("img", "click", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[report](https://undocs.org/S/2020/123)", "href=\"https://undocs.org/S/2020/123\"")]
    [InlineData("[mail](mailto:pen@un.org)", "href=\"mailto:pen@un.org\"")]
    [InlineData("[OP 4](#op-4)", "href=\"#op-4\"")]
    [InlineData("see https://un.org now", "href=\"https://un.org\"")]
    public void Ordinary_links_stay_links(string markdown, string expected) =>
        Assert.Contains(expected, CommentMarkdown.ToHtml(markdown), StringComparison.Ordinal);

    [Fact]
    public void Emphasis_still_renders()
    {
        Assert.Equal("<p><em>Strongly</em> agree with <strong>OP 4</strong></p>\n", CommentMarkdown.ToHtml("*Strongly* agree with **OP 4**"));
    }
}

public class CommentMarkdownNestingTests
{
    public static TheoryData<string> Nestings => [new string('[', 9_000), string.Concat(Enumerable.Repeat("> ", 4_900)) + "x", string.Concat(Enumerable.Repeat("- ", 4_900)) + "x"];

    [Theory]
    [MemberData(nameof(Nestings))]
    public void Markdown_nested_thousands_deep_is_a_problem_naming_the_field_and_renders_as_text(string markdown)
    {
        Assert.StartsWith("body nests its Markdown", CommentMarkdown.Problem(markdown, "body"), StringComparison.Ordinal);
        Assert.StartsWith("<p>", CommentMarkdown.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Ordinary_nesting_is_no_problem() =>
        Assert.Null(CommentMarkdown.Problem("> quoted\n>\n> - a [link](https://un.org)\n>   - nested *item*", "body"));
}
