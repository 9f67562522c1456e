using GraphQL.Types;

namespace Clawith.Graph.Messages;

public sealed class TextPartGraphType : ObjectGraphType<TextPart>
{
    public TextPartGraphType()
    {
        Name = "TextPart";
        Description = "Plain text within a message.";
        Field(p => p.Text).Description("The text.");
        IsTypeOf = value => value is TextPart;
    }
}

public sealed class ToolCallGraphType : ObjectGraphType<ToolCall>
{
    public ToolCallGraphType()
    {
        Name = "ToolCall";
        Description = "A tool an agent called.";
        Field(t => t.Name).Description("The tool's name.");
        Field<Schema.Scalars.JsonGraphType>("arguments").Description("The arguments it was called with, as JSON.")
            .Resolve(context => context.Source.Arguments);
        Field(t => t.Status).Description("How the call went (\"done\" unless recorded otherwise).");
        Field<Schema.Scalars.JsonGraphType>("result").Description("What the tool returned, as JSON (\"\" when not recorded).")
            .Resolve(context => context.Source.Result);
        IsTypeOf = value => value is ToolCall;
    }
}

public sealed class MessagePartGraphType : UnionGraphType
{
    public MessagePartGraphType()
    {
        Name = "MessagePart";
        Description = "A piece of a message: text or a tool call.";
        Type<TextPartGraphType>();
        Type<ToolCallGraphType>();
    }
}
