using Clawith.Graph.Filtering;
using Clawith.Graph.Participants;

namespace Clawith.Graph.Sessions;

public sealed class ChatSessionFilterInputGraphType() : FilterInputGraphType(SessionFields.List);

public sealed class ChatSessionSortInputGraphType() : SortInputGraphType(SessionFields.List);

public sealed class UserFilterInputGraphType() : FilterInputGraphType(SessionFields.Owner);

public sealed class UserSortInputGraphType() : SortInputGraphType(SessionFields.Owner);

public sealed class ParticipantTypeOperationFilterInputGraphType() : EnumOperationFilterInputGraphType<ParticipantTypeGraphType>("ParticipantType");
